/**
 * View 3 of the visualizer: the selected record (selection kind `record`), read on request from the
 * replica it was picked on: key, value, headers, offset, timestamp, partition, leader epoch, its batch
 * and segment, then the batch's bytes as annotated hex with the CRC checked. The hex view brings the
 * codec with it, so it is its own chunk, loaded when a record is first inspected.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { RecordView } from '../../../engine/view/types';
import type { ReplicaRef } from '../../../engine/worker/protocol';
import { useAppStore, useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';
import { formatBytes, formatSimTime, isoTime } from '../../format';
import { useT } from '../../i18n/use-t';
import type { Selection } from '../../store/ui-slice';
import './log.css';

const BatchHex = lazy(() => import('./BatchHex'));

type RecordSelection = Extract<Selection, { kind: 'record' }>;

export function RecordInspector() {
  const { t } = useT();
  const selection = useAppStore((s) => s.selection);
  if (selection?.kind !== 'record') {
    return (
      <section className="record-inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">{t('log.inspector.title')}</h2>
        <p className="hint">{t('log.inspector.empty')}</p>
      </section>
    );
  }
  const key = `${selection.topic}-${selection.partition}@${selection.brokerId}:${selection.offset}`;
  return <RecordDetails key={key} selection={selection} />;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; record: RecordView }
  | { state: 'missing' }
  | { state: 'failed'; error: EngineError };

function RecordDetails({ selection: sel }: { selection: RecordSelection }) {
  const { t, lang } = useT();
  const engine = useEngine();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const replica: ReplicaRef = { topic: sel.topic, partition: sel.partition, brokerId: sel.brokerId };
  const name = `${sel.topic}-${sel.partition}`;

  useEffect(() => {
    let live = true;
    engine
      .readRecords({ topic: sel.topic, partition: sel.partition, brokerId: sel.brokerId }, sel.offset, 1)
      .then(
        (result) => {
          if (!live) return;
          const record = result.page.records.find((r) => r.offset === sel.offset);
          setLoaded(record ? { state: 'found', record } : { state: 'missing' });
        },
        (e: unknown) =>
          live &&
          setLoaded({
            state: 'failed',
            error: e instanceof EngineError ? e : new EngineError('INTERNAL', String(e)),
          }),
      );
    return () => {
      live = false;
    };
  }, [engine, sel.topic, sel.partition, sel.brokerId, sel.offset]);

  return (
    <section className="record-inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('log.inspector.title')}</h2>
      <p className="inspector-subject">
        {t('log.inspector.heading', { name, offset: sel.offset, broker: sel.brokerId })}
      </p>
      {loaded.state === 'loading' && <p role="status">{t('log.inspector.loading')}</p>}
      {loaded.state === 'missing' && (
        <p role="status">{t('log.inspector.missing', { offset: sel.offset })}</p>
      )}
      {loaded.state === 'failed' && (
        <p role="alert" className="warn">
          {t('log.error', { code: loaded.error.code, message: loaded.error.message })}
        </p>
      )}
      {loaded.state === 'found' && (
        <>
          <dl className="record-fields">
            <dt>{t('log.inspector.key')}</dt>
            <dd className={loaded.record.key === null ? 'null' : 'value'}>
              {loaded.record.key ?? t('log.null')}
            </dd>
            <dt>{t('log.inspector.value')}</dt>
            <dd className={loaded.record.value === null ? 'null' : 'value'}>
              {loaded.record.value ?? t('log.null')}
            </dd>
            <dt>{t('log.inspector.headers')}</dt>
            <dd>
              {loaded.record.headers.length === 0 ? (
                t('log.inspector.noHeaders')
              ) : (
                <ul className="headers">
                  {loaded.record.headers.map((h, i) => (
                    // Header keys may repeat (Kafka allows it): the index keeps them apart.
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers have no identity but their place
                    <li key={i}>
                      <code>{h.key}</code> ={' '}
                      <span className={h.value === null ? 'null' : 'value'}>{h.value ?? t('log.null')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('log.inspector.offset')}</dt>
            <dd>{loaded.record.offset}</dd>
            <dt>{t('log.inspector.timestamp')}</dt>
            <dd>
              <time dateTime={isoTime(loaded.record.timestampMs)}>
                {formatSimTime(lang, loaded.record.timestampMs)}
              </time>{' '}
              <span className="mono">({loaded.record.timestampMs})</span>
            </dd>
            <dt>{t('log.inspector.partition')}</dt>
            <dd>{name}</dd>
            <dt>{t('log.inspector.leaderEpoch')}</dt>
            <dd>{loaded.record.leaderEpoch}</dd>
            <dt>{t('log.inspector.batch')}</dt>
            <dd>
              {t('log.inspector.batchValue', {
                base: loaded.record.batchBaseOffset,
                size: formatBytes(lang, loaded.record.batchSizeBytes),
              })}
            </dd>
            <dt>{t('log.inspector.segment')}</dt>
            <dd className="mono">{`${String(loaded.record.segmentBaseOffset).padStart(20, '0')}.log`}</dd>
          </dl>
          <Suspense fallback={<p role="status">{t('log.hex.loading')}</p>}>
            <BatchHex replica={replica} offset={sel.offset} />
          </Suspense>
        </>
      )}
    </section>
  );
}
