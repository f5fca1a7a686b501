/**
 * The first live slice's world: one topic with one partition, on broker 1's log dir, with configs
 * small enough that a classroom sees segments roll after a few records.
 */
import { DEFAULT_LOG_MANAGER_CONFIG, type LogConfig } from '../log/log-config';
import { logConfigWith } from '../log/topic-config';

export const SLICE_TOPIC = 'kafkascope-demo';
export const SLICE_PARTITION = 0;
export const SLICE_BROKER_ID = 1;
/** Kafka's quickstart `log.dirs`. */
export const SLICE_LOG_DIR = '/tmp/kafka-logs';
/** Where the partition's files live in the store: `broker-<id>/<topic>-<partition>`. */
export const SLICE_STORE_DIR = `broker-${SLICE_BROKER_ID}/${SLICE_TOPIC}-${SLICE_PARTITION}`;

/**
 * `segment.bytes` = 512: a handful of short records fills a segment, so rolling is visible. Everything
 * else is Kafka's default (retention.ms = 7 days, file.delete.delay.ms = 1 minute).
 */
export const SLICE_LOG_CONFIG: LogConfig = logConfigWith({ segmentBytes: 512 });

export const SLICE_LOG_MANAGER_CONFIG = DEFAULT_LOG_MANAGER_CONFIG;

/**
 * Simulated time one produce request takes (send → append). Record timestamps are taken when the
 * producer sends, so consecutive records get different timestamps without any wall time.
 */
export const PRODUCE_LATENCY_MS = 5;

/** Page cache budget of the broker: small, so a long session shows evictions and cold reads. */
export const SLICE_PAGE_CACHE_BYTES = 1024 * 1024;

/** The `meta` key of the slice's state in the store. */
export const SLICE_META_KEY = 'slice';
