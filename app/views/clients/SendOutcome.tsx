/**
 * What became of one send: waiting, retrying (with the retriable error Kafka answered), acknowledged at
 * an offset, sent without an answer (acks=0), or failed — Kafka's error name and text, and why, with the
 * partition's ISR and the topic's `min.insync.replicas` filled in. Shape and words carry the state,
 * not colour alone.
 */
import type { SendRecord } from '../../../engine/view/types';
import { partitionViewId, topicViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { selectRetryingError } from './clients-selectors';
import { sendState, whyKey } from './send-outcome';

const ICON = { waiting: '⏳', retrying: '↻', acknowledged: '✓', unacknowledged: '➚', failed: '✗' } as const;

export function SendOutcome({ send }: { send: SendRecord }) {
  const { t } = useT();
  const retrying = useAppStore(
    send.done || send.partition < 0
      ? () => null
      : selectRetryingError(send.topic, send.partition, send.sentMs),
  );
  const state = sendState(send, retrying);
  return (
    <span className={`send-outcome send-${state}`}>
      <span aria-hidden="true" className="send-icon">
        {ICON[state]}
      </span>{' '}
      {state === 'waiting' && t('clients.outcome.waiting', { acks: send.acks })}
      {state === 'retrying' && (
        <>
          {t('clients.outcome.retrying')} <code className="mono">{retrying}</code>{' '}
          <Why send={send} error={retrying} />
        </>
      )}
      {state === 'acknowledged' &&
        t('clients.outcome.acknowledged', {
          partition: `${send.topic}-${send.partition}`,
          offset: send.offset,
        })}
      {state === 'unacknowledged' &&
        t('clients.outcome.unacknowledged', { partition: `${send.topic}-${send.partition}` })}
      {state === 'failed' && (
        <>
          {t('clients.outcome.failed')} <code className="mono">{send.error}</code>{' '}
          {send.errorMessage && (
            <span className="kafka-text" lang="en">
              {send.errorMessage}
            </span>
          )}{' '}
          <Why send={send} error={send.error} />
        </>
      )}
    </span>
  );
}

/** Why Kafka answered this, with the numbers that decide it (the ISR now, `min.insync.replicas`). */
function Why({ send, error }: { send: SendRecord; error: string | null }) {
  const { t } = useT();
  const minIsr = useAppStore((s) => recordOf(s, 'topic', topicViewId(send.topic))?.minInsyncReplicas);
  const isr = useAppStore((s) =>
    send.partition < 0
      ? undefined
      : recordOf(s, 'partition', partitionViewId(send.topic, send.partition))?.isr,
  );
  const key = error === null ? null : whyKey(error);
  if (key === null) return null;
  return (
    <span className="send-why">
      {t(key, {
        acks: send.acks,
        min: minIsr ?? '?',
        isr: isr && isr.length > 0 ? isr.join(', ') : '—',
        isrCount: isr?.length ?? 0,
        partition: `${send.topic}-${send.partition}`,
      })}
    </span>
  );
}
