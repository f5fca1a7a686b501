/**
 * The engine → UI stream of the view model: a full snapshot on connect, reset and seek, then at most
 * one patch per frame, squashed over everything since the last one (`{ added, updated, removed }`), with
 * a sequence number the UI checks for gaps. It keeps what the UI holds (the last snapshot plus every
 * patch since) to diff against.
 */
import { diffRecords, indexRecords, isEmptyDiff, type RecordMap } from '../view/diff';
import type { ViewRecord } from '../view/types';
import { type EngineToUi, PROTOCOL_VERSION } from './protocol';

export class ViewChannel {
  /** What the UI holds. Undefined until its first `init`. */
  private lastSent: RecordMap | undefined;
  private seq = 0;
  /** Something may have changed since the last message. */
  private dirty = true;

  constructor(
    private readonly post: (message: EngineToUi) => void,
    private readonly build: () => ViewRecord[],
  ) {}

  markDirty(): void {
    this.dirty = true;
  }

  /** The whole picture (on `init`, reset, and after a replay). */
  snapshot(): void {
    const records = this.build();
    this.lastSent = indexRecords(records);
    this.dirty = false;
    this.post({ type: 'snapshot', protocolVersion: PROTOCOL_VERSION, seq: ++this.seq, state: { records } });
  }

  /** Sends what changed, if anything did, and only once the UI has had a snapshot. */
  patch(): void {
    if (this.lastSent === undefined || !this.dirty) return;
    this.dirty = false;
    const next = indexRecords(this.build());
    const diff = diffRecords(this.lastSent, next);
    this.lastSent = next;
    if (isEmptyDiff(diff)) return;
    this.post({ type: 'patch', seq: ++this.seq, diff });
  }

  /** The UI has connected (a snapshot went out): later changes go as patches. */
  get connected(): boolean {
    return this.lastSent !== undefined;
  }
}
