/** Kafka's refusal beside the form that caused it: our headline, then Kafka's error name and text. */
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import type { Refusal } from './use-config-command';

/** Error names with an explanation of their own; any other is shown with the generic headline. */
const EXPLAINED: Readonly<Record<string, MessageKey>> = {
  INVALID_CONFIG: 'config.refused.INVALID_CONFIG',
  INVALID_TOPIC_EXCEPTION: 'config.refused.INVALID_TOPIC_EXCEPTION',
  TOPIC_ALREADY_EXISTS: 'config.refused.TOPIC_ALREADY_EXISTS',
  INVALID_PARTITIONS: 'config.refused.INVALID_PARTITIONS',
  INVALID_REPLICATION_FACTOR: 'config.refused.INVALID_REPLICATION_FACTOR',
  UNKNOWN_TOPIC_OR_PARTITION: 'config.refused.UNKNOWN_TOPIC_OR_PARTITION',
  INVALID_REQUEST: 'config.refused.INVALID_REQUEST',
  REQUEST_TIMED_OUT: 'config.refused.REQUEST_TIMED_OUT',
};

export function KafkaRefusal({ refusal, onDismiss }: { refusal: Refusal | null; onDismiss: () => void }) {
  const { t } = useT();
  if (refusal === null) return null;
  const why = EXPLAINED[refusal.code];
  return (
    <div className="config-refused" role="alert">
      <p>
        <strong>{t('config.refused.title')}</strong> {why && t(why)}
      </p>
      <p className="mono kafka-text" lang="en">
        {refusal.code}: {refusal.message}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('config.refused.dismiss')}
      </button>
    </div>
  );
}
