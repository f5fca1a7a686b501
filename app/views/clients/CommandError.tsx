/** A refused command beside its form: our headline, then Kafka's error name and text as they are. */
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import type { CommandFailure } from './use-command';

/** Codes with an explanation of their own; any other code is a Kafka error name shown as it is. */
const EXPLAINED: Readonly<Record<string, MessageKey>> = {
  NON_EMPTY_GROUP: 'clients.refused.NON_EMPTY_GROUP',
  INVALID_REQUEST: 'clients.refused.INVALID_REQUEST',
  UNKNOWN_TOPIC_OR_PARTITION: 'clients.refused.UNKNOWN_TOPIC_OR_PARTITION',
  COORDINATOR_NOT_AVAILABLE: 'clients.refused.COORDINATOR_NOT_AVAILABLE',
};

export function CommandError({
  failure,
  onDismiss,
}: {
  failure: CommandFailure | null;
  onDismiss: () => void;
}) {
  const { t } = useT();
  if (failure === null) return null;
  const why = EXPLAINED[failure.code];
  return (
    <div className="clients-refused" role="alert">
      <p>
        <strong>{t('clients.refused.title')}</strong> {why && t(why)}
      </p>
      <p className="mono kafka-text" lang="en">
        {failure.code}: {failure.message}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('clients.refused.dismiss')}
      </button>
    </div>
  );
}
