/**
 * Thrown when bytes are not a well-formed record batch: a CRC mismatch, a truncated batch, an unsupported
 * magic or codec, or records that disagree with their declared sizes. Kafka's counterpart is
 * `CorruptRecordException`. `position` is the byte (relative to the decoded view) where the problem is.
 *
 * @example
 *   try { decodeRecordBatches(bytes); } catch (e) { if (e instanceof CorruptRecordError) e.position; }
 */
export class CorruptRecordError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'CorruptRecordError';
  }
}
