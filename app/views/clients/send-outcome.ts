/**
 * One send's outcome as the producer panel tells it: waiting, retrying after a retriable error,
 * acknowledged at an offset, sent without an answer (acks=0), or failed with Kafka's error name — and
 * for the errors a learner meets, why (a message key; the view fills in the partition's ISR and the
 * topic's `min.insync.replicas`). Pure.
 */
import type { SendRecord } from '../../../engine/view/types';
import type { MessageKey } from '../../i18n/i18n';

export type SendState = 'waiting' | 'retrying' | 'acknowledged' | 'unacknowledged' | 'failed';

/**
 * @param retryingError the newest retriable error met on the send's partition since it was sent (it
 *   is being retried), or null.
 */
export function sendState(send: SendRecord, retryingError: string | null): SendState {
  if (!send.done) return retryingError === null ? 'waiting' : 'retrying';
  if (send.error !== null) return 'failed';
  // acks=0: the producer never hears back, so there is no offset (−1), only "written to the socket".
  return send.offset < 0 ? 'unacknowledged' : 'acknowledged';
}

const WHY: Readonly<Record<string, MessageKey>> = {
  NOT_ENOUGH_REPLICAS: 'clients.why.NOT_ENOUGH_REPLICAS',
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 'clients.why.NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  REQUEST_TIMED_OUT: 'clients.why.REQUEST_TIMED_OUT',
  NOT_LEADER_OR_FOLLOWER: 'clients.why.NOT_LEADER_OR_FOLLOWER',
  LEADER_NOT_AVAILABLE: 'clients.why.LEADER_NOT_AVAILABLE',
  UNKNOWN_TOPIC_OR_PARTITION: 'clients.why.UNKNOWN_TOPIC_OR_PARTITION',
  NETWORK_EXCEPTION: 'clients.why.NETWORK_EXCEPTION',
  MESSAGE_TOO_LARGE: 'clients.why.MESSAGE_TOO_LARGE',
  RECORD_LIST_TOO_LARGE: 'clients.why.MESSAGE_TOO_LARGE',
  KAFKA_STORAGE_ERROR: 'clients.why.KAFKA_STORAGE_ERROR',
};

/** Why Kafka answered `error`, in the learner's words, or null for an error with no explanation yet. */
export function whyKey(error: string): MessageKey | null {
  return WHY[error] ?? null;
}
