/**
 * "How does a broker find offset N?" The user types an offset; the engine answers with the path a
 * read takes (`engine.lookupOffset`), and the view tells it step by step: the segment (greatest base
 * offset ≤ N, highlighted in the drawing), the sparse `.index` entry and its file position, the scan
 * of the `.log` from there to the batch, then the record. A bar of the `.log` file shows where the
 * index pointed and where the batch starts.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { segmentViewId } from '../../../engine/view/types';
import type { OffsetLookup as Lookup } from '../../../engine/worker/protocol';
import { useAppStore, useAppStoreApi, useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';
import { formatBytes } from '../../format';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { type PartitionRef, selectReplicasOf } from './log-selectors';
import { LOOKUP_STEP_MS, LOOKUP_STEPS, type LookupStep, lookupPositions, visibleSteps } from './lookup-steps';

export interface OffsetLookupProps {
  readonly partition: PartitionRef;
  /** The segment the lookup chose (highlighted in the drawing), or null. */
  readonly onHighlight: (segmentId: string | null) => void;
  readonly onOpen: (brokerId: number, fromOffset: number, focus: boolean) => void;
}

interface Found {
  readonly lookup: Lookup;
  readonly brokerId: number;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function OffsetLookup({ partition: p, onHighlight, onOpen }: OffsetLookupProps) {
  const { t } = useT();
  const engine = useEngine();
  const store = useAppStoreApi();
  const ids = { offset: useId(), replica: useId() };
  // Brokers and roles only: replica records change with every record, the choices do not.
  const replicas = useAppStore(
    useShallow((s) =>
      selectReplicasOf(p)(s)
        .filter((r) => r.role !== 'offline')
        .map((r) => `${r.brokerId}:${r.role}`),
    ),
  ).map((entry) => {
    const [broker, role] = entry.split(':');
    return { brokerId: Number(broker), role: role as 'leader' | 'follower' };
  });
  const [offsetText, setOffsetText] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<EngineError | null>(null);
  const [busy, setBusy] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const brokerId = replicas.some((r) => r.brokerId === chosen) ? chosen : (replicas[0]?.brokerId ?? null);

  // One more step every LOOKUP_STEP_MS until all are shown.
  useEffect(() => {
    if (found === null || elapsed >= LOOKUP_STEPS.length - 1) return;
    const timer = setTimeout(() => setElapsed((n) => n + 1), LOOKUP_STEP_MS);
    return () => clearTimeout(timer);
  }, [found, elapsed]);

  const segmentId =
    found && segmentViewId(found.brokerId, p.topic, p.partition, found.lookup.segmentBaseOffset);
  useEffect(() => {
    onHighlight(segmentId);
    return () => onHighlight(null);
  }, [segmentId, onHighlight]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const offset = Number(offsetText);
    if (brokerId === null || offsetText.trim() === '' || !Number.isInteger(offset) || offset < 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await engine.lookupOffset({ topic: p.topic, partition: p.partition, brokerId }, offset);
      setFound({ lookup: result.lookup, brokerId });
      setElapsed(0);
    } catch (e) {
      setFound(null);
      setError(e instanceof EngineError ? e : new EngineError('INTERNAL', String(e)));
    } finally {
      setBusy(false);
    }
  };

  const inspect = () => {
    if (found === null) return;
    const s = store.getState();
    const { offset } = found.lookup;
    s.select({ kind: 'record', topic: p.topic, partition: p.partition, brokerId: found.brokerId, offset });
    s.setSideTab('inspector');
    onOpen(found.brokerId, offset, false);
  };

  return (
    <section className="offset-lookup" aria-labelledby={`${ids.offset}-title`}>
      <h3 id={`${ids.offset}-title`}>{t('log.lookup.title')}</h3>
      <form onSubmit={submit} className="lookup-form">
        <div className="field">
          <label htmlFor={ids.offset}>{t('log.lookup.offset')}</label>
          <input
            id={ids.offset}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={offsetText}
            onChange={(e) => setOffsetText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.replica}>{t('log.lookup.replica')}</label>
          <select id={ids.replica} value={brokerId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
            {replicas.map((r) => {
              const role: MessageKey = `log.role.${r.role}`;
              return (
                <option key={r.brokerId} value={r.brokerId}>
                  {t('log.lookup.replicaOption', { broker: r.brokerId, role: t(role) })}
                </option>
              );
            })}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy || brokerId === null}>
          {busy ? t('log.lookup.working') : t('log.lookup.go')}
        </button>
      </form>
      {error && (
        <p className="warn" role="alert">
          {t('log.lookup.failed', { code: error.code, message: error.message })}
        </p>
      )}
      {found && (
        <LookupSteps
          found={found}
          steps={visibleSteps(elapsed, reducedMotion())}
          partition={p}
          onInspect={inspect}
          onReplay={() => setElapsed(0)}
        />
      )}
    </section>
  );
}

function LookupSteps(props: {
  found: Found;
  steps: readonly LookupStep[];
  partition: PartitionRef;
  onInspect: () => void;
  onReplay: () => void;
}) {
  const { t } = useT();
  const { lookup: l, brokerId } = props.found;
  const text: Record<LookupStep, string> = {
    segment: t('log.lookup.step.segment', {
      offset: l.offset,
      base: l.segmentBaseOffset,
      file: l.segmentFile,
    }),
    index:
      l.indexEntries === 0
        ? t('log.lookup.step.indexEmpty', { indexFile: l.indexFile, base: l.segmentBaseOffset })
        : t('log.lookup.step.index', {
            indexFile: l.indexFile,
            entries: l.indexEntries,
            offset: l.offset,
            entryOffset: l.indexEntryOffset,
            position: l.indexEntryPosition,
          }),
    scan: t('log.lookup.step.scan', {
      file: l.segmentFile,
      position: l.indexEntryPosition,
      scanned: l.batchesScanned,
      batchPosition: l.batchPosition,
      batchBase: l.batchBaseOffset,
    }),
    found: t('log.lookup.step.found', { offset: l.offset }),
  };
  const done = props.steps.length === LOOKUP_STEPS.length;
  return (
    <div className="lookup-result">
      <ol
        className="lookup-steps"
        aria-label={t('log.lookup.steps', { offset: l.offset })}
        aria-live="polite"
      >
        {props.steps.map((step, i) => (
          <li key={step} className={i === props.steps.length - 1 ? 'current' : ''}>
            {text[step]}
          </li>
        ))}
      </ol>
      {props.steps.includes('index') && (
        <LookupDiagram
          lookup={l}
          brokerId={brokerId}
          partition={props.partition}
          showBatch={props.steps.includes('scan')}
        />
      )}
      <div className="buttons">
        <button type="button" onClick={props.onReplay}>
          {t('log.lookup.replay')}
        </button>
        {done && (
          <button type="button" className="primary" onClick={props.onInspect}>
            {t('log.lookup.open')}
          </button>
        )}
      </div>
    </div>
  );
}

function LookupDiagram(props: {
  lookup: Lookup;
  brokerId: number;
  partition: PartitionRef;
  showBatch: boolean;
}) {
  const { t, lang } = useT();
  const { lookup: l, partition: p } = props;
  const size = useAppStore(
    (s) =>
      recordOf(s, 'segment', segmentViewId(props.brokerId, p.topic, p.partition, l.segmentBaseOffset))
        ?.sizeBytes ?? l.batchPosition + 1,
  );
  const at = lookupPositions(l, size);
  const W = 1000;
  const indexX = at.index * W;
  const batchX = at.batch * W;
  const caption = t('log.lookup.diagram', { file: l.segmentFile, size: formatBytes(lang, size) });
  return (
    <figure className="lookup-diagram">
      <svg viewBox={`0 0 ${W} 56`} preserveAspectRatio="none" role="img" aria-label={caption}>
        <rect className="file" x={0} y={18} width={W} height={20} />
        <g className="mark index">
          <line x1={indexX} x2={indexX} y1={10} y2={46} />
        </g>
        {props.showBatch && (
          <g className="mark batch">
            <line x1={batchX} x2={batchX} y1={10} y2={46} />
            <path className="scan" d={`M${indexX},28H${Math.max(indexX, batchX)}`} />
          </g>
        )}
      </svg>
      <figcaption>
        {caption} ·{' '}
        <span className="key-index">{t('log.lookup.diagramIndex', { position: l.indexEntryPosition })}</span>
        {props.showBatch && (
          <>
            {' · '}
            <span className="key-batch">{t('log.lookup.diagramBatch', { position: l.batchPosition })}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
