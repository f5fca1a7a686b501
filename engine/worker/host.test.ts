import { beforeEach, describe, expect, it } from 'vitest';
import { MemorySegmentStore } from '../storage/memory-store';
import { applyDiff, indexRecords, type RecordMap } from '../view/diff';
import type { PartitionRecord, SegmentRecord } from '../view/types';
import { CLUSTER_LOCKED, EngineHost } from './host';
import type { SimulationFactory } from './hosted-simulation';
import { type EngineToUi, PROTOCOL_VERSION, type ReplyResult } from './protocol';
import { createSliceFactory, sliceSimulation } from './slice-factory';

/** A UI stand-in: applies snapshots and patches like the app's store, and keeps every message. */
class FakeUi {
  readonly messages: EngineToUi[] = [];
  records: RecordMap = new Map();
  seq = 0;
  private frames: Array<() => void> = [];

  constructor(readonly store = new MemorySegmentStore()) {}

  host(seed = 42, factory: SimulationFactory = sliceSimulation): EngineHost {
    return new EngineHost(
      {
        post: (m) => this.receive(m),
        requestFrame: (cb) => this.frames.push(cb),
        openStore: async () => this.store,
        newSeed: () => seed,
      },
      factory,
    );
  }

  /** Draws a frame: the host sends at most one patch. */
  frame(): void {
    const frames = this.frames;
    this.frames = [];
    for (const f of frames) f();
  }

  private receive(m: EngineToUi): void {
    this.messages.push(m);
    if (m.type === 'snapshot') {
      this.records = indexRecords(m.state.records);
      this.seq = m.seq;
    } else if (m.type === 'patch') {
      expect(m.seq).toBe(this.seq + 1);
      this.records = applyDiff(this.records, m.diff);
      this.seq = m.seq;
    }
  }

  reply(id: number): ReplyResult | undefined {
    for (const m of this.messages) if (m.type === 'reply' && m.id === id) return m.result;
    return undefined;
  }

  error(id?: number): Extract<EngineToUi, { type: 'error' }> | undefined {
    for (const m of this.messages) if (m.type === 'error' && m.id === id) return m;
    return undefined;
  }

  get partition(): PartitionRecord {
    const p = [...this.records.values()].find((r) => r.kind === 'partition');
    if (p?.kind !== 'partition') throw new Error('no partition');
    return p;
  }

  get segments(): SegmentRecord[] {
    return [...this.records.values()]
      .filter((r): r is SegmentRecord => r.kind === 'segment')
      .sort((a, b) => a.baseOffset - b.baseOffset);
  }

  get fileNames(): string[] {
    return [...this.records.values()].flatMap((r) => (r.kind === 'file' ? [r.name] : [])).sort();
  }
}

describe('EngineHost with the slice simulation', () => {
  let ui: FakeUi;
  let host: EngineHost;

  beforeEach(async () => {
    ui = new FakeUi();
    host = ui.host();
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    await host.settled();
  });

  it('answers init with a snapshot of an empty partition in Kafka’s layout', () => {
    expect(ui.messages[0]?.type).toBe('snapshot');
    expect(ui.partition).toMatchObject({
      dirName: 'kafkascope-demo-0',
      logStartOffset: 0,
      logEndOffset: 0,
      highWatermark: 0,
    });
    expect(ui.fileNames).toEqual([
      '00000000000000000000.index',
      '00000000000000000000.log',
      '00000000000000000000.timeindex',
      'leader-epoch-checkpoint',
    ]);
  });

  it('produces at offset 0, HW follows LEO, and one squashed patch per frame', async () => {
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    host.receive({ type: 'produce', id: 2, key: null, value: '' });
    await host.settled();
    expect(ui.reply(1)).toMatchObject({ kind: 'produced', offset: 0, logEndOffset: 1 });
    expect(ui.reply(2)).toMatchObject({ kind: 'produced', offset: 1, logEndOffset: 2 });
    const patchesBefore = ui.messages.filter((m) => m.type === 'patch').length;
    ui.frame();
    expect(ui.messages.filter((m) => m.type === 'patch').length).toBe(patchesBefore + 1);
    expect(ui.partition).toMatchObject({ logEndOffset: 2, highWatermark: 2 });
    expect(ui.segments[0]).toMatchObject({ recordCount: 2, active: true });
  });

  it('pages records on request, clamped to the log', async () => {
    for (let i = 0; i < 5; i++) host.receive({ type: 'produce', id: 10 + i, key: `k${i}`, value: `v${i}` });
    host.receive({ type: 'readRecords', id: 20, fromOffset: 3, maxRecords: 10 });
    await host.settled();
    const page = ui.reply(20);
    expect(page?.kind).toBe('records');
    if (page?.kind !== 'records') return;
    expect(page.page.records.map((r) => [r.offset, r.key, r.value])).toEqual([
      [3, 'k3', 'v3'],
      [4, 'k4', 'v4'],
    ]);
    expect(page.page.nextOffset).toBe(5);
  });

  it('hands out the stored bytes of the batch holding an offset', async () => {
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    host.receive({ type: 'produce', id: 2, key: 'k2', value: 'v2' });
    host.receive({ type: 'readBatchBytes', id: 3, offset: 1 });
    await host.settled();
    const reply = ui.reply(3);
    expect(reply?.kind).toBe('batchBytes');
    if (reply?.kind !== 'batchBytes') return;
    expect(reply).toMatchObject({ baseOffset: 1, segmentFile: '00000000000000000000.log' });
    expect(reply.position).toBeGreaterThan(61);
    expect(reply.bytes[16]).toBe(2); // magic
    const view = new DataView(reply.bytes.buffer, reply.bytes.byteOffset);
    expect(Number(view.getBigInt64(0))).toBe(1); // baseOffset as stored
    expect(view.getInt32(8)).toBe(reply.bytes.length - 12); // batchLength
  });

  it('refuses a batch bigger than segment.bytes with Kafka’s error, changing nothing', async () => {
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    await host.settled();
    ui.frame();
    const before = ui.records;
    host.receive({ type: 'produce', id: 2, key: 'k', value: 'x'.repeat(600) });
    host.receive({ type: 'produce', id: 3, key: 'k', value: 'w' });
    await host.settled();
    expect(ui.error(2)).toMatchObject({ code: 'RECORD_LIST_TOO_LARGE' });
    expect(ui.error(2)?.message).toContain('exceeds the maximum configured segment size of 512');
    expect(ui.reply(3)).toMatchObject({ offset: 1 });
    ui.frame();
    expect(ui.partition.logEndOffset).toBe(2);
    expect(before.size).toBeGreaterThan(0);
  });

  it('answers malformed messages with INVALID_REQUEST and keeps working', async () => {
    host.receive({ type: 'produce', id: 5, key: 7, value: 'v' });
    host.receive('garbage');
    host.receive({ type: 'advanceTime', id: 6, ms: -5 });
    host.receive({ type: 'produce', id: 7, key: 'k', value: 'v' });
    await host.settled();
    expect(ui.error(5)?.code).toBe('INVALID_REQUEST');
    expect(ui.error(undefined)?.code).toBe('INVALID_REQUEST');
    expect(ui.error(6)?.code).toBe('INVALID_REQUEST');
    expect(ui.reply(7)).toMatchObject({ offset: 0 });
  });

  it('rolls at segment.bytes, then retention deletes old segments at the next check after 7 days', async () => {
    for (let i = 0; i < 12; i++)
      host.receive({ type: 'produce', id: i, key: `key-${i}`, value: `value number ${i} with some padding` });
    await host.settled();
    ui.frame();
    expect(ui.segments.length).toBeGreaterThan(1);
    host.receive({ type: 'advanceTime', id: 100, ms: 7 * 86_400_000 });
    await host.settled();
    ui.frame();
    // The retention check runs every 5 minutes: 7 days later exactly, none has run past the limit yet.
    expect(ui.partition.logStartOffset).toBe(0);
    host.receive({ type: 'advanceTime', id: 101, ms: 60_000 });
    await host.settled();
    ui.frame();
    expect(ui.partition).toMatchObject({ logStartOffset: 12, logEndOffset: 12 });
    expect(ui.fileNames.filter((n) => n.endsWith('.log.deleted')).length).toBeGreaterThan(0);
    expect(ui.segments.filter((s) => !s.deleted).map((s) => s.fileName)).toEqual([
      '00000000000000000012.log',
    ]);
    host.receive({ type: 'advanceTime', id: 102, ms: 60_000 });
    await host.settled();
    ui.frame();
    expect(ui.fileNames.filter((n) => n.includes('.deleted'))).toEqual([]);
  });

  it('reset clears the store and starts a new run with the given seed', async () => {
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    host.receive({ type: 'reset', id: 2, seed: 7 });
    await host.persisted();
    expect(ui.reply(2)).toEqual({ kind: 'reset', seed: 7 });
    expect(ui.partition.logEndOffset).toBe(0);
    const clock = ui.records.get('clock');
    expect(clock?.kind === 'clock' && clock.seed).toBe(7);
  });
});

describe('EngineHost persistence', () => {
  it('restores everything from the store after a restart', async () => {
    const ui = new FakeUi();
    const host = ui.host(1234);
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    for (let i = 0; i < 9; i++) host.receive({ type: 'produce', id: i, key: `k${i}`, value: `v${i}` });
    host.receive({ type: 'advanceTime', id: 50, ms: 3_600_000 });
    await host.persisted();
    ui.frame();
    const before = ui.records;

    const ui2 = new FakeUi(ui.store);
    const host2 = ui2.host(999);
    host2.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    host2.receive({ type: 'readRecords', id: 1, fromOffset: 0, maxRecords: 100 });
    await host2.settled();
    const stripVolatile = (m: RecordMap) =>
      [...m.values()]
        .filter((r) => r.kind !== 'pageCache' && r.kind !== 'persistence')
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(stripVolatile(ui2.records)).toEqual(stripVolatile(before));
    const page = ui2.reply(1);
    expect(page?.kind === 'records' && page.page.records.map((r) => r.value)).toEqual(
      Array.from({ length: 9 }, (_, i) => `v${i}`),
    );
    // Older segments came back cold: reading them went to the store.
    ui2.frame();
    const cache = ui2.records.get('pageCache');
    expect(cache?.kind === 'pageCache' && cache.misses).toBeGreaterThan(0);

    const persistence = ui2.records.get('persistence');
    expect(persistence?.kind === 'persistence' && persistence.restored).toBe(true);

    host2.receive({ type: 'produce', id: 2, key: 'k9', value: 'v9' });
    await host2.settled();
    expect(ui2.reply(2)).toMatchObject({ offset: 9 });
  });
});

describe('EngineHost with a cold page cache', () => {
  it('loads evicted chunks from the store and answers as if they had been in memory', async () => {
    const ui = new FakeUi();
    const host = ui.host(5, createSliceFactory({ pageCacheBytes: 0 }));
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    // Each produce waits for the previous flush: the active segment's tail chunk is then clean and
    // evicted (budget 0), so the next append and every read must load it back first.
    for (let i = 0; i < 6; i++) {
      host.receive({ type: 'produce', id: i, key: `k${i}`, value: `v${i}` });
      await host.persisted();
    }
    host.receive({ type: 'readRecords', id: 10, fromOffset: 0, maxRecords: 10 });
    await host.settled();
    expect(ui.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(ui.reply(5)).toMatchObject({ offset: 5 });
    const page = ui.reply(10);
    expect(page?.kind === 'records' && page.page.records.map((r) => r.value)).toEqual([
      'v0',
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
    ]);
    ui.frame();
    const cache = ui.records.get('pageCache');
    expect(cache?.kind === 'pageCache' && cache.misses).toBeGreaterThan(5);
  });
});

describe('determinism', () => {
  it('the same seed and commands give the same picture and the same bytes, whatever the page cache', async () => {
    const run = async (pageCacheBytes: number) => {
      const ui = new FakeUi();
      const host = ui.host(77, createSliceFactory({ pageCacheBytes }));
      host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
      for (let i = 0; i < 15; i++) {
        host.receive({ type: 'produce', id: i, key: i % 2 ? null : `k${i}`, value: `value ${i}` });
        if (i % 4 === 0) await host.persisted();
      }
      host.receive({ type: 'produce', id: 99, key: 'big', value: 'x'.repeat(1000) });
      host.receive({ type: 'advanceTime', id: 100, ms: 7 * 86_400_000 + 120_000 });
      host.receive({ type: 'produce', id: 101, key: 'after', value: 'retention' });
      await host.persisted();
      ui.frame();
      const picture = [...ui.records.values()]
        .filter((r) => r.kind !== 'pageCache' && r.kind !== 'persistence')
        .sort((a, b) => a.id.localeCompare(b.id));
      const bytes = await Promise.all(
        (await ui.store.listFiles()).map(async (f) => [
          f.path,
          f.size,
          [...((await ui.store.readChunk(f.path, 0)) ?? [])],
        ]),
      );
      return { picture, bytes };
    };
    const warm = await run(64 * 1024 * 1024);
    const cold = await run(0);
    expect(cold.picture).toEqual(warm.picture);
    expect(cold.bytes).toEqual(warm.bytes);
    const partition = warm.picture.find((r) => r.kind === 'partition');
    expect(partition).toMatchObject({ logStartOffset: 15, logEndOffset: 16 });
  });
});

describe('EngineHost when storage misbehaves', () => {
  it('starts a fresh run, and says why, when the saved state cannot be read', async () => {
    const ui = new FakeUi();
    await ui.store.apply([{ kind: 'putMeta', key: 'slice', value: { version: 999 } }]);
    const host = ui.host(3);
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    await host.settled();
    expect(ui.reply(1)).toMatchObject({ offset: 0 });
    const persistence = ui.records.get('persistence');
    expect(persistence?.kind === 'persistence' && persistence.notSaved).toMatchObject({
      reason: 'unreadable',
    });
    // The unreadable run is kept, untouched by this session's writes...
    await host.persisted();
    expect(await ui.store.getMeta('slice')).toEqual({ version: 999 });
    expect(await ui.store.listFiles()).toEqual([]);
    // ...until a reset, which erases it and saves the new run there.
    host.receive({ type: 'reset', id: 2, seed: 5 });
    host.receive({ type: 'produce', id: 3, key: 'k', value: 'v' });
    await host.settled();
    await host.persisted();
    expect(await ui.store.getMeta('slice')).not.toEqual({ version: 999 });
    expect((await ui.store.listFiles()).length).toBeGreaterThan(0);
  });

  it('runs in memory, and says another tab owns the cluster, when the store is locked', async () => {
    const messages: EngineToUi[] = [];
    const locked = Object.assign(new Error('another tab holds kafkascope-slice'), { name: CLUSTER_LOCKED });
    const host = new EngineHost(
      {
        post: (m) => messages.push(m),
        requestFrame: () => {},
        openStore: () => Promise.reject(locked),
        newSeed: () => 1,
      },
      sliceSimulation,
    );
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    await host.persisted();
    const snapshot = messages.find((m) => m.type === 'snapshot');
    const persistence =
      snapshot?.type === 'snapshot'
        ? snapshot.state.records.find((r) => r.kind === 'persistence')
        : undefined;
    expect(persistence?.kind === 'persistence' && persistence.notSaved).toMatchObject({
      reason: 'other-tab',
    });
  });

  it('runs in memory when the store cannot be opened', async () => {
    const messages: EngineToUi[] = [];
    const host = new EngineHost(
      {
        post: (m) => messages.push(m),
        requestFrame: () => {},
        openStore: () => Promise.reject(new Error('IndexedDB is not available')),
        newSeed: () => 1,
      },
      sliceSimulation,
    );
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    host.receive({ type: 'produce', id: 1, key: 'k', value: 'v' });
    await host.persisted();
    expect(messages.find((m) => m.type === 'reply')).toMatchObject({ result: { offset: 0 } });
    const snapshot = messages.find((m) => m.type === 'snapshot');
    const persistence =
      snapshot?.type === 'snapshot'
        ? snapshot.state.records.find((r) => r.kind === 'persistence')
        : undefined;
    expect(persistence?.kind === 'persistence' && persistence.notSaved).toEqual({
      reason: 'no-storage',
      detail: 'IndexedDB is not available',
    });
  });
});
