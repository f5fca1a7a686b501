/** Record headers as rows of key and value, added and removed one by one. */
import { useId } from 'react';
import { useT } from '../../i18n/use-t';

export interface HeaderRow {
  /** Stable React key (rows are removed from the middle). */
  readonly id: number;
  readonly key: string;
  readonly value: string;
}

export function HeadersEditor({
  rows,
  onChange,
}: {
  rows: readonly HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}) {
  const { t } = useT();
  const id = useId();
  const update = (rowId: number, patch: Partial<HeaderRow>) =>
    onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  const add = () =>
    onChange([...rows, { id: Math.max(0, ...rows.map((r) => r.id)) + 1, key: '', value: '' }]);
  return (
    <fieldset className="clients-headers">
      <legend>{t('clients.headers.legend')}</legend>
      {rows.length === 0 && <p className="hint">{t('clients.headers.none')}</p>}
      {rows.map((row, i) => (
        <div className="header-row" key={row.id}>
          <label className="visually-hidden" htmlFor={`${id}-${row.id}-k`}>
            {t('clients.headers.key', { n: i + 1 })}
          </label>
          <input
            id={`${id}-${row.id}-k`}
            value={row.key}
            placeholder={t('clients.headers.keyPlaceholder')}
            onChange={(e) => update(row.id, { key: e.target.value })}
          />
          <label className="visually-hidden" htmlFor={`${id}-${row.id}-v`}>
            {t('clients.headers.value', { n: i + 1 })}
          </label>
          <input
            id={`${id}-${row.id}-v`}
            value={row.value}
            placeholder={t('clients.headers.valuePlaceholder')}
            onChange={(e) => update(row.id, { value: e.target.value })}
          />
          <button
            type="button"
            aria-label={t('clients.headers.remove', { n: i + 1 })}
            onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={add}>
        {t('clients.headers.add')}
      </button>
    </fieldset>
  );
}
