/**
 * `kafka-get-offsets.sh` output (Kafka 3.9 tools/.../GetOffsetShell.java, KAFKA-REFERENCE §11.6): one
 * `topic:partition:offset` line per partition, in a `TreeMap` ordered by the string `topic-partition`
 * (so `demo-10` sorts before `demo-2`); partitions answering offset −1 (none found) are left out.
 */

export interface PartitionOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/**
 * @example
 *   formatOffsets([{ topic: 'demo', partition: 10, offset: 1 }, { topic: 'demo', partition: 2, offset: 5 }]);
 *   // 'demo:10:1\ndemo:2:5\n'
 */
export function formatOffsets(offsets: readonly PartitionOffset[]): string {
  return offsets
    .filter((o) => o.offset !== -1)
    .map((o) => ({ key: `${o.topic}-${o.partition}`, o }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ o }) => `${o.topic}:${o.partition}:${o.offset}\n`)
    .join('');
}

/** `mainNoExit`'s report of a `TerseException` (and of other failures, minus their stack trace). */
export function getOffsetsError(message: string): string {
  return `Error occurred: ${message}\n`;
}
