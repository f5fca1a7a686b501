/**
 * The labelled fields of a record batch beside its hex: the 61-byte header, then each record (the
 * selected one open; others open on demand, so a batch of hundreds of records stays light). Each field
 * name is a button: pointing at it or focusing it highlights its bytes in the hex, a click pins that.
 */
import { memo, useState } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { type BatchHexModel, descriptionKey, type HexField, type RecordSpan } from './batch-hex-model';
import { fieldValueText } from './field-value';

export interface FieldTableProps {
  readonly model: BatchHexModel;
  readonly record: RecordSpan | undefined;
  readonly active: number | null;
  readonly baseOffset: number;
  readonly onHover: (field: number | null) => void;
  readonly onPin: (field: number) => void;
}

export function FieldTable(props: FieldTableProps) {
  const { t } = useT();
  const { model, record } = props;
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(record ? [record.index] : []));
  const header = model.fields.filter((f) => f.record < 0);
  const toggle = (index: number, isOpen: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (isOpen) next.add(index);
      else next.delete(index);
      return next;
    });
  return (
    <div className="field-table">
      <h4>{t('log.hex.fields')}</h4>
      <details open>
        <summary>{t('log.hex.batchHeader')}</summary>
        <Fields fields={header} {...props} />
      </details>
      {model.records.map((r) => (
        <details
          key={r.index}
          open={open.has(r.index)}
          onToggle={(e) => toggle(r.index, e.currentTarget.open)}
          className={r.index === record?.index ? 'selected' : ''}
        >
          <summary>
            {t('log.hex.record', { index: r.index, offset: props.baseOffset + r.offsetDelta })}
            {r.index === record?.index && ` ${t('log.hex.recordSelected')}`}
          </summary>
          {open.has(r.index) && (
            <Fields fields={model.fields.filter((f) => f.record === r.index)} {...props} />
          )}
        </details>
      ))}
    </div>
  );
}

function Fields(props: FieldTableProps & { fields: readonly HexField[] }) {
  const { t, lang } = useT();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('log.hex.col.field')}</th>
          <th scope="col">{t('log.hex.col.bytes')}</th>
          <th scope="col">{t('log.hex.col.value')}</th>
          <th scope="col">{t('log.hex.col.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {props.fields.map((f) => (
          <FieldRow
            key={f.index}
            field={f}
            value={fieldValueText(f, props.model, lang)}
            meaning={t(`log.field.${descriptionKey(f)}` as MessageKey)}
            active={props.active === f.index}
            onHover={props.onHover}
            onPin={props.onPin}
          />
        ))}
      </tbody>
    </table>
  );
}

const FieldRow = memo(function FieldRow(props: {
  field: HexField;
  value: string;
  meaning: string;
  active: boolean;
  onHover: (field: number | null) => void;
  onPin: (field: number) => void;
}) {
  const { t } = useT();
  const f = props.field;
  const name = t('log.hex.fieldName', { field: f.field, from: f.start, to: f.end - 1, value: props.value });
  return (
    <tr className={`p-${f.part}${props.active ? ' active' : ''}`}>
      <th scope="row">
        <button
          type="button"
          className="field-name mono"
          aria-label={name}
          aria-pressed={props.active}
          onMouseEnter={() => props.onHover(f.index)}
          onMouseLeave={() => props.onHover(null)}
          onFocus={() => props.onHover(f.index)}
          onBlur={() => props.onHover(null)}
          onClick={() => props.onPin(f.index)}
        >
          {f.field}
        </button>
      </th>
      <td className="num mono">{f.end - f.start === 1 ? f.start : `${f.start}–${f.end - 1}`}</td>
      <td className="mono value">{props.value}</td>
      <td>{props.meaning}</td>
    </tr>
  );
});
