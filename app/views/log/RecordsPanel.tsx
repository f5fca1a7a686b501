/**
 * A page of one replica's records, read on request (`engine.readRecords`; records are never pushed):
 * opened by clicking a segment or a run of records, paged older/newer, read again on demand. Up to
 * the replica's LEO, so records above the HW show (marked: not yet committed). Choosing a record
 * selects it for the inspector and opens the inspector tab.
 */
import { useEffect, useRef, useState } from 'react';
import type { RecordsPage } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi, useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';
import { formatSimTime, formatSimTimeShort } from '../../format';
import { useT } from '../../i18n/use-t';
import { type PartitionRef, partitionKey } from './log-selectors';

export const RECORDS_PAGE_SIZE = 20;

export interface RecordsRequest {
  readonly brokerId: number;
  readonly fromOffset: number;
  /** Changes on every open, so opening the same place again reads again. */
  readonly nonce: number;
  /** Opened from the keyboard: move focus to the list. */
  readonly focus: boolean;
}

export function RecordsPanel(props: {
  partition: PartitionRef;
  request: RecordsRequest;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const engine = useEngine();
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const { partition: p, request } = props;
  const [from, setFrom] = useState(request.fromOffset);
  const [reads, setReads] = useState(0);
  const [page, setPage] = useState<RecordsPage | null>(null);
  const [error, setError] = useState<EngineError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The parent mounts a new panel per request (keyed by its nonce): focus once, on mount.
  useEffect(() => {
    if (request.focus) heading.current?.focus();
  }, [request.focus]);

  useEffect(() => {
    let live = true;
    setError(null);
    const replica = { topic: p.topic, partition: p.partition, brokerId: request.brokerId };
    // `reads` is a dependency so "read again" reads again.
    void reads;
    engine.readRecords(replica, from, RECORDS_PAGE_SIZE).then(
      (result) => live && setPage(result.page),
      (e: unknown) => live && setError(e instanceof EngineError ? e : new EngineError('INTERNAL', String(e))),
    );
    return () => {
      live = false;
    };
  }, [engine, p.topic, p.partition, request.brokerId, from, reads]);

  const inspect = (offset: number) => {
    const s = store.getState();
    s.select({ kind: 'record', topic: p.topic, partition: p.partition, brokerId: request.brokerId, offset });
    s.setSideTab('inspector');
  };
  const name = partitionKey(p);
  const records = page?.records ?? [];
  const last = records[records.length - 1];
  return (
    <section className="records-panel" aria-labelledby="log-records-heading">
      <div className="records-head">
        <h3 id="log-records-heading" ref={heading} tabIndex={-1}>
          {t('log.records.title', { name, broker: request.brokerId })}
        </h3>
        <button type="button" onClick={props.onClose} aria-label={t('log.records.closeLabel')}>
          {t('log.records.close')}
        </button>
      </div>
      {page && (
        <p className="hint">
          {t('log.records.range', {
            from: page.fromOffset,
            to: last?.offset ?? page.fromOffset,
            start: page.logStartOffset,
            hw: page.highWatermark,
            leo: page.logEndOffset,
          })}
        </p>
      )}
      {page && from < page.fromOffset && (
        <p className="hint">{t('log.records.clamped', { asked: from, from: page.fromOffset })}</p>
      )}
      <p role="status" className="status">
        {error !== null
          ? t('log.error', { code: error.code, message: error.message })
          : page === null
            ? t('log.records.loading')
            : records.length === 0
              ? t('log.records.none')
              : ''}
      </p>
      {records.length > 0 && (
        <div className="table-scroll">
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{t('log.records.offset')}</th>
                <th scope="col">{t('log.records.timestamp')}</th>
                <th scope="col">{t('log.records.key')}</th>
                <th scope="col">{t('log.records.value')}</th>
                <th scope="col">{t('log.records.epoch')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const uncommitted = page !== null && r.offset >= page.highWatermark;
                const selected =
                  selection?.kind === 'record' &&
                  selection.topic === p.topic &&
                  selection.partition === p.partition &&
                  selection.brokerId === request.brokerId &&
                  selection.offset === r.offset;
                return (
                  <tr
                    key={r.offset}
                    className={`${uncommitted ? 'uncommitted' : ''}${selected ? ' selected' : ''}`}
                    aria-current={selected ? 'true' : undefined}
                  >
                    <td className="num">
                      <button
                        type="button"
                        className="link"
                        aria-label={t('log.records.select', { offset: r.offset })}
                        onClick={() => inspect(r.offset)}
                      >
                        {r.offset}
                      </button>
                      {uncommitted && (
                        <span className="badge uncommitted">{t('log.records.uncommitted')}</span>
                      )}
                    </td>
                    <td>
                      <time title={formatSimTime(lang, r.timestampMs)}>
                        {formatSimTimeShort(lang, r.timestampMs)}
                      </time>
                    </td>
                    <td className={r.key === null ? 'null' : 'value'}>{r.key ?? t('log.null')}</td>
                    <td className={r.value === null ? 'null' : 'value'}>{r.value ?? t('log.null')}</td>
                    <td className="num">{r.leaderEpoch}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <div className="pager">
          <button
            type="button"
            disabled={page.fromOffset <= page.logStartOffset}
            aria-label={t('log.records.olderLabel', { n: RECORDS_PAGE_SIZE })}
            onClick={() => setFrom(Math.max(page.logStartOffset, page.fromOffset - RECORDS_PAGE_SIZE))}
          >
            {t('log.records.older')}
          </button>
          <button
            type="button"
            disabled={page.nextOffset >= page.logEndOffset}
            aria-label={t('log.records.newerLabel', { n: RECORDS_PAGE_SIZE })}
            onClick={() => setFrom(page.nextOffset)}
          >
            {t('log.records.newer')}
          </button>
          <button
            type="button"
            aria-label={t('log.records.refreshLabel')}
            onClick={() => setReads((n) => n + 1)}
          >
            {t('log.records.refresh')}
          </button>
        </div>
      )}
    </section>
  );
}
