/**
 * A record batch's bytes as annotated hex (loaded lazily by the inspector: it brings the codec's
 * annotator and CRC-32C). Every byte belongs to a labelled field; pointing at a field's row (or
 * focusing it) highlights its bytes, pointing at a byte highlights its field, and a click pins the
 * highlight. The CRC is recomputed here over `attributes`..end and compared with the stored one.
 *
 * The hex grid renders once per batch; a highlight changes one CSS rule, not thousands of cells.
 */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { ReplicaRef, ReplyResult } from '../../../engine/worker/protocol';
import { useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';
import { formatBytes } from '../../format';
import { useT } from '../../i18n/use-t';
import {
  type BatchHexModel,
  buildBatchHexModel,
  type HexRow,
  hex,
  hexRows,
  type RecordSpan,
  recordAtDelta,
  visibleRanges,
} from './batch-hex-model';
import { FieldTable } from './FieldTable';

type BatchBytes = Extract<ReplyResult, { kind: 'batchBytes' }>;

/** Bigger batches show the header and the chosen record until the user asks for all. */
const SHOW_WHOLE_UP_TO_BYTES = 1024;

export default function BatchHex({ replica, offset }: { replica: ReplicaRef; offset: number }) {
  const { t } = useT();
  const engine = useEngine();
  const [batch, setBatch] = useState<BatchBytes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    engine.readBatchBytes(replica, offset).then(
      (result) => live && setBatch(result),
      (e: unknown) => live && setError(e instanceof EngineError ? `${e.code}: ${e.message}` : String(e)),
    );
    return () => {
      live = false;
    };
  }, [engine, replica, offset]);

  const model = useMemo(() => {
    if (batch === null) return null;
    try {
      return buildBatchHexModel(batch.bytes);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [batch]);

  if (error !== null)
    return (
      <p role="alert" className="warn">
        {t('log.hex.failed', { message: error })}
      </p>
    );
  if (batch === null || model === null) return <p role="status">{t('log.hex.loading')}</p>;
  if (typeof model === 'string')
    return (
      <p role="alert" className="warn">
        {t('log.hex.failed', { message: model })}
      </p>
    );
  return <AnnotatedBatch batch={batch} model={model} offset={offset} />;
}

function AnnotatedBatch({
  batch,
  model,
  offset,
}: {
  batch: BatchBytes;
  model: BatchHexModel;
  offset: number;
}) {
  const { t, lang } = useT();
  const gridId = `hex-${useId().replace(/[^\w-]/g, '')}`;
  const [hovered, setHovered] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const record = recordAtDelta(model, offset - batch.baseOffset);
  const rows = useMemo(
    () =>
      hexRows(
        model.bytes.length,
        showAll ? [[0, model.bytes.length]] : visibleRanges(model, record, SHOW_WHOLE_UP_TO_BYTES),
      ),
    [model, record, showAll],
  );
  const active = hovered ?? pinned;
  const field = active === null ? undefined : model.fields[active];
  const { crc } = model;
  const crcParams = {
    stored: `0x${hex(crc.stored, 8)}`,
    computed: `0x${hex(crc.computed, 8)}`,
    from: crc.from,
    to: crc.to - 1,
  };
  return (
    <section className="batch-hex" aria-labelledby={`${gridId}-title`}>
      <h3 id={`${gridId}-title`}>{t('log.hex.title', { size: formatBytes(lang, model.bytes.length) })}</h3>
      <p className={`crc ${crc.ok ? 'ok' : 'bad'}`} role="status">
        <strong>
          {crc.ok ? '✓ ' : '✗ '}
          {t(crc.ok ? 'log.hex.crcOk' : 'log.hex.crcBad')}
        </strong>{' '}
        <span>{t(crc.ok ? 'log.hex.crcOkDetail' : 'log.hex.crcBadDetail', crcParams)}</span>
      </p>
      <p className="hint">{t('log.hex.caption', { file: batch.segmentFile, position: batch.position })}</p>
      <p className="hex-active mono">
        {field
          ? t('log.hex.active', {
              field: field.field,
              from: field.start,
              to: field.end - 1,
              value: String(field.value),
            })
          : t('log.hex.hint')}
      </p>
      {rows.some((r) => r.kind === 'gap') && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('log.hex.showAll', { n: model.bytes.length })}
        </button>
      )}
      {active !== null && (
        <style>{`#${gridId} [data-f="${active}"]{background:var(--hex-active-bg);color:var(--hex-active-ink);outline:1px solid var(--hex-active-ink)}`}</style>
      )}
      <HexGrid id={gridId} model={model} rows={rows} record={record} onHover={setHovered} onPin={setPinned} />
      <FieldTable
        model={model}
        record={record}
        active={active}
        onHover={setHovered}
        onPin={(i) => setPinned((p) => (p === i ? null : i))}
        baseOffset={batch.baseOffset}
      />
    </section>
  );
}

const HexGrid = memo(function HexGrid(props: {
  id: string;
  model: BatchHexModel;
  rows: readonly HexRow[];
  record: RecordSpan | undefined;
  onHover: (field: number | null) => void;
  onPin: (field: number | null) => void;
}) {
  const { t } = useT();
  const { model, record } = props;
  const fieldOf = (target: EventTarget): number | null => {
    const f = (target as HTMLElement).dataset?.f;
    return f === undefined ? null : Number(f);
  };
  const cell = (b: number, ascii: boolean) => {
    const f = model.byteField[b] ?? -1;
    const part = model.fields[f]?.part ?? 'batch';
    const inRecord = record !== undefined && b >= record.start && b < record.end;
    const byte = model.bytes[b] ?? 0;
    const text = ascii ? (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '·') : hex(byte, 2);
    return (
      <span key={b} data-f={f} className={`b p-${part} ${f % 2 ? 'odd' : 'even'}${inRecord ? ' sel' : ''}`}>
        {text}
      </span>
    );
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a hex dump is no form; role=group names the table of bytes
    // biome-ignore lint/a11y/useKeyWithMouseEvents: pointing at bytes mirrors the field table, which is the keyboard path
    // biome-ignore lint/a11y/useKeyWithClickEvents: pinning by byte mirrors the field table's buttons, the keyboard path
    <div
      id={props.id}
      className="hex-grid mono"
      role="group"
      aria-label={t('log.hex.grid')}
      onMouseOver={(e) => props.onHover(fieldOf(e.target))}
      onMouseLeave={() => props.onHover(null)}
      onClick={(e) => props.onPin(fieldOf(e.target))}
    >
      {props.rows.map((row) =>
        row.kind === 'gap' ? (
          <div key={`gap-${row.start}`} className="hex-gap">
            {t('log.hex.gap', { from: row.start, to: row.end - 1 })}
          </div>
        ) : (
          <div key={row.start} className="hex-row">
            <span className="addr">{hex(row.start, 4)}</span>
            <span className="bytes">{range(row.start, row.end).map((b) => cell(b, false))}</span>
            <span className="ascii" aria-hidden="true">
              {range(row.start, row.end).map((b) => cell(b, true))}
            </span>
          </div>
        ),
      )}
    </div>
  );
});

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
