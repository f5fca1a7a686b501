/**
 * An action that may not apply right now: greyed out WITH the reason (aria-disabled keeps it focusable,
 * so a screen-reader user hears why), never hidden. When it applies, a hint says what it will do.
 */
import { useId } from 'react';
import { useT } from '../../i18n/use-t';

export function ActionButton({
  label,
  hint,
  blocked,
  onAct,
  danger = false,
}: {
  label: string;
  hint?: string;
  /** Why it cannot run now, in words; null when it can. */
  blocked: string | null;
  onAct: () => void;
  danger?: boolean;
}) {
  const { t } = useT();
  const id = useId();
  const note = blocked !== null ? t('cluster.actions.unavailable', { reason: blocked }) : hint;
  return (
    <div className={`cluster-action${blocked !== null ? ' cluster-action--blocked' : ''}`}>
      <button
        type="button"
        className={danger ? 'cluster-danger' : undefined}
        aria-disabled={blocked !== null}
        aria-describedby={note ? id : undefined}
        onClick={() => {
          if (blocked === null) onAct();
        }}
      >
        {label}
      </button>
      {note && (
        <span id={id} className="cluster-action-note">
          {note}
        </span>
      )}
    </div>
  );
}
