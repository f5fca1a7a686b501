/**
 * Names of the files in a partition directory, exactly as Kafka's `LogFileUtils` forms them
 * (KAFKA-REFERENCE §2.1): segment files named by their base offset as 20 zero-padded digits.
 */

export const LOG_FILE_SUFFIX = '.log';
export const INDEX_FILE_SUFFIX = '.index';
export const TIME_INDEX_FILE_SUFFIX = '.timeindex';
export const TXN_INDEX_FILE_SUFFIX = '.txnindex';
export const PRODUCER_SNAPSHOT_FILE_SUFFIX = '.snapshot';
/** Appended to every file of a segment awaiting asynchronous deletion (§3.4). */
export const DELETED_FILE_SUFFIX = '.deleted';
/** Compaction's temporary suffixes (§2.1). */
export const CLEANED_FILE_SUFFIX = '.cleaned';
export const SWAP_FILE_SUFFIX = '.swap';
export const LEADER_EPOCH_CHECKPOINT_FILE = 'leader-epoch-checkpoint';

export type SegmentFileKind = 'log' | 'index' | 'timeindex' | 'txnindex' | 'snapshot';

const SUFFIX_OF: Readonly<Record<SegmentFileKind, string>> = {
  log: LOG_FILE_SUFFIX,
  index: INDEX_FILE_SUFFIX,
  timeindex: TIME_INDEX_FILE_SUFFIX,
  txnindex: TXN_INDEX_FILE_SUFFIX,
  snapshot: PRODUCER_SNAPSHOT_FILE_SUFFIX,
};

/**
 * An offset as Kafka writes it in file names: 20 digits, zero-padded (`LogFileUtils.filenamePrefixFromOffset`).
 *
 * @example
 *   filenamePrefixFromOffset(123); // '00000000000000000123'
 */
export function filenamePrefixFromOffset(offset: number): string {
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new RangeError(`offset ${offset} cannot name a file`);
  return String(offset).padStart(20, '0');
}

/**
 * The file of kind `kind` for the segment with this base offset.
 *
 * @example
 *   segmentFileName(123, 'log'); // '00000000000000000123.log'
 *   segmentFileName(0, 'timeindex', DELETED_FILE_SUFFIX); // '00000000000000000000.timeindex.deleted'
 */
export function segmentFileName(baseOffset: number, kind: SegmentFileKind, extraSuffix = ''): string {
  return `${filenamePrefixFromOffset(baseOffset)}${SUFFIX_OF[kind]}${extraSuffix}`;
}

/** What a file name in a partition directory says about itself. */
export interface ParsedFileName {
  readonly baseOffset: number;
  readonly kind: SegmentFileKind;
  /** '', '.deleted', '.cleaned' or '.swap'. */
  readonly extraSuffix: string;
}

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex|snapshot)(\.deleted|\.cleaned|\.swap)?$/;

/**
 * Parses a segment-related file name, or returns null for anything else (checkpoints, metadata).
 *
 * @example
 *   parseSegmentFileName('00000000000000000123.log.deleted');
 *   // { baseOffset: 123, kind: 'log', extraSuffix: '.deleted' }
 */
export function parseSegmentFileName(name: string): ParsedFileName | null {
  const match = SEGMENT_FILE.exec(name);
  if (match === null) return null;
  return {
    baseOffset: Number(match[1]),
    kind: match[2] as SegmentFileKind,
    extraSuffix: match[3] ?? '',
  };
}

/**
 * The partition directory's name, `<topic>-<partition>`.
 *
 * @example
 *   partitionDirName('demo', 0); // 'demo-0'
 */
export function partitionDirName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/**
 * Splits a partition directory name at its last dash (topic names may contain dashes).
 *
 * @example
 *   parsePartitionDirName('my-topic-3'); // { topic: 'my-topic', partition: 3 }
 */
export function parsePartitionDirName(dir: string): { topic: string; partition: number } | null {
  const match = /^(.+)-(\d+)$/.exec(dir);
  if (match === null) return null;
  return { topic: match[1] as string, partition: Number(match[2]) };
}
