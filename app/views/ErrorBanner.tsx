/** The last rejected request: our translated headline, then Kafka's (or the engine's) own text. */
import { useAppStore } from '../bridge/context';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import type { ShownError } from '../store/ui-slice';

/** Typed as a full Record so a new error code cannot ship without its message. */
const ERROR_MESSAGES: Readonly<Record<ShownError['code'], MessageKey>> = {
  RECORD_LIST_TOO_LARGE: 'error.RECORD_LIST_TOO_LARGE',
  MESSAGE_TOO_LARGE: 'error.MESSAGE_TOO_LARGE',
  INVALID_RECORD: 'error.INVALID_RECORD',
  OFFSET_OUT_OF_RANGE: 'error.OFFSET_OUT_OF_RANGE',
  CORRUPT_MESSAGE: 'error.CORRUPT_MESSAGE',
  INVALID_TIMESTAMP: 'error.INVALID_TIMESTAMP',
  UNKNOWN_SERVER_ERROR: 'error.UNKNOWN_SERVER_ERROR',
  INVALID_REQUEST: 'error.INVALID_REQUEST',
  PROTOCOL_MISMATCH: 'error.PROTOCOL_MISMATCH',
  NOT_READY: 'error.NOT_READY',
  INTERNAL: 'error.INTERNAL',
  STORAGE: 'error.STORAGE',
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
            <strong>{t('error.title')}</strong> <span>{t(ERROR_MESSAGES[error.code])}</span>
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
