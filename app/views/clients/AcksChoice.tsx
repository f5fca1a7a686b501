/** `acks` as three radio buttons, each with what the producer waits for in one line. */
import { useId } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import type { Acks } from './producer-types';

const ACKS: readonly { value: Acks; explain: MessageKey }[] = [
  { value: '0', explain: 'clients.acks.0' },
  { value: '1', explain: 'clients.acks.1' },
  { value: 'all', explain: 'clients.acks.all' },
];

export function AcksChoice({ value, onChange }: { value: Acks; onChange: (acks: Acks) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <fieldset className="clients-choice">
      <legend>{t('clients.acks.legend')}</legend>
      {ACKS.map((a) => (
        <div className="choice" key={a.value}>
          <input
            type="radio"
            id={`${id}-${a.value}`}
            name={`${id}-acks`}
            value={a.value}
            checked={value === a.value}
            onChange={() => onChange(a.value)}
            aria-describedby={`${id}-${a.value}-why`}
          />
          <label htmlFor={`${id}-${a.value}`} className="mono">
            acks={a.value}
          </label>
          <small id={`${id}-${a.value}-why`}>{t(a.explain)}</small>
        </div>
      ))}
    </fieldset>
  );
}
