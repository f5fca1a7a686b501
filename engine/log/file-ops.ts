/**
 * What happened to a log's files since the persister last looked, in order. Appends are not listed:
 * they show up as dirty chunks of the {@link ChunkedFile} itself. The persister replays these against
 * the store (IndexedDB in the browser), so a reload finds the same files Kafka would have on disk.
 */
export type FileOp =
  /** A new, empty file (its bytes arrive later as dirty chunks). */
  | { readonly kind: 'create'; readonly name: string }
  /** e.g. `00000000000000000000.log` → `00000000000000000000.log.deleted` (KAFKA-REFERENCE §3.4). */
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  /** The file is gone for good (after `file.delete.delay.ms`, or a replaced compaction segment). */
  | { readonly kind: 'delete'; readonly name: string }
  /** The file was cut to `size` bytes (follower truncation, index trimming at roll). */
  | { readonly kind: 'truncate'; readonly name: string; readonly size: number };
