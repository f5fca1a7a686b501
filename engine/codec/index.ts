/** The engine's byte layer: record-batch codec, checksums, varints and Kafka's key hash. */
export * from './annotate';
export * from './crc32c';
export * from './murmur2';
export * from './record-batch';
export * from './varint';
