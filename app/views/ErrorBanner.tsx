/** The last rejected request: a translated headline, then Kafka's (or the engine's) own text as it is. */
import { useAppStore } from '../bridge/context';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

/** Our explanations of the engine's own codes; any other code is a Kafka error name. */
const OWN_CODES: Readonly<Record<string, MessageKey>> = {
  INVALID_REQUEST: 'error.INVALID_REQUEST',
  PROTOCOL_MISMATCH: 'error.PROTOCOL_MISMATCH',
  NOT_READY: 'error.NOT_READY',
  INTERNAL: 'error.INTERNAL',
  STORAGE: 'error.STORAGE',
  INVALID_CONFIG: 'error.INVALID_CONFIG',
};

export function ErrorBanner() {
  const { t } = useT();
  const error = useAppStore((s) => s.lastError);
  const clear = useAppStore((s) => s.clearError);
  return (
    <div className="error-slot" role="alert">
      {error && (
        <div className="error-banner">
          <div>
            <strong>{t('error.title')}</strong> <span>{t(OWN_CODES[error.code] ?? 'error.kafka')}</span>
            <p className="mono kafka-text" lang="en">
              {error.code}: {error.message}
            </p>
          </div>
          <button type="button" onClick={clear}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
