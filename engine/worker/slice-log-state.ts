/**
 * The log's part of the saved slice state, and rebuilding the log from it over loaded files. Thin: the
 * log layer owns the format (`Log.toState()` / `Log.restore`); the slice supplies its config and RNG.
 */
import type { ChunkedFile } from '../log/chunked-file';
import { Log } from '../log/log';
import type { LogState } from '../log/log-state';
import { SLICE_LOG_CONFIG } from './slice-config';

export type SliceLogState = LogState;

export function sliceLogState(log: Log): SliceLogState {
  return log.toState();
}

/** Reads no bytes: files may be cold; `nextInt` is the restored RNG, so the log continues as it would have. */
export function restoreSliceLog(
  state: SliceLogState,
  files: Map<string, ChunkedFile>,
  nextInt: () => number,
): Log {
  return Log.restore(state, files, SLICE_LOG_CONFIG, nextInt);
}
