/**
 * A page of the partition's records, read on request from the engine (never pushed): the latest page
 * follows new records; older pages stay put. Re-read when the log's offsets move.
 */
import { useEffect, useRef } from 'react';
import type { RecordView } from '../../engine/view/types';
import { useAppStore, useAppStoreApi, useEngine } from '../bridge/context';
import { EngineError } from '../bridge/engine-client';
import { formatSimTime, formatSimTimeShort, isoTime } from '../format';
import { useT } from '../i18n/use-t';
import { selectPartition } from '../store/selectors';
import type { PageAnchor } from '../store/ui-slice';

export const PAGE_SIZE = 10;

/** The first offset of the page for an anchor: 'latest' ends at the HW. */
export function pageStart(anchor: PageAnchor, logStartOffset: number, highWatermark: number): number {
  const from = anchor === 'latest' ? highWatermark - PAGE_SIZE : anchor;
  return Math.max(logStartOffset, Math.min(from, highWatermark));
}

export function RecordsTable() {
  const { t, lang } = useT();
  const engine = useEngine();
  const store = useAppStoreApi();
  const partition = useAppStore(selectPartition);
  const anchor = useAppStore((s) => s.pageAnchor);
  const page = useAppStore((s) => s.page);
  const latestRequest = useRef(0);

  const lso = partition?.logStartOffset;
  const hw = partition?.highWatermark;
  const leo = partition?.logEndOffset;
  useEffect(() => {
    if (lso === undefined || hw === undefined || leo === undefined) return;
    const request = ++latestRequest.current;
    engine.readRecords(pageStart(anchor, lso, hw), PAGE_SIZE).then(
      (reply) => {
        // Only the newest request may draw: replies to older ones are stale.
        if (request === latestRequest.current) store.getState().setPage(reply.page);
      },
      (e: unknown) => {
        if (request !== latestRequest.current) return;
        store
          .getState()
          .showError(
            e instanceof EngineError
              ? { code: e.code, message: e.message }
              : { code: 'INTERNAL', message: String(e) },
          );
      },
    );
  }, [engine, store, anchor, lso, hw, leo]);

  if (partition === undefined) return null;
  const records = page?.records ?? [];
  const first = records[0]?.offset;
  const last = records[records.length - 1]?.offset;
  const setAnchor = store.getState().setPageAnchor;
  const atStart = page === null || page.fromOffset <= partition.logStartOffset;
  const atEnd = page === null || page.nextOffset >= partition.highWatermark;

  return (
    <section className="panel records" aria-labelledby="records-title">
      <h2 id="records-title">{t('records.title')}</h2>
      {partition.logStartOffset > 0 && (
        <p className="hint">{t('records.trimmed', { lso: partition.logStartOffset })}</p>
      )}
      <div className="table-scroll">
        <table>
          <caption>
            {first !== undefined && last !== undefined
              ? t('records.range', { from: first, to: last, hw: partition.highWatermark })
              : partition.logEndOffset === 0
                ? t('records.none')
                : t('records.noneLeft')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('records.offset')}
              </th>
              <th scope="col">{t('records.key')}</th>
              <th scope="col">{t('records.value')}</th>
              <th scope="col">{t('records.timestamp')}</th>
              <th scope="col" className="num">
                {t('records.segment')}
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <Row
                key={r.offset}
                record={r}
                nullText={t('records.null')}
                time={formatSimTimeShort(lang, r.timestampMs)}
                fullTime={formatSimTime(lang, r.timestampMs)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('records.pageNav')}>
        <button
          type="button"
          aria-label={t('records.olderLabel')}
          disabled={atStart}
          onClick={() => page && setAnchor(Math.max(partition.logStartOffset, page.fromOffset - PAGE_SIZE))}
        >
          {t('records.older')}
        </button>
        <button
          type="button"
          aria-label={t('records.newerLabel')}
          disabled={atEnd}
          onClick={() =>
            page &&
            setAnchor(page.nextOffset + PAGE_SIZE >= partition.highWatermark ? 'latest' : page.nextOffset)
          }
        >
          {t('records.newer')}
        </button>
        <button
          type="button"
          aria-label={t('records.latestLabel')}
          disabled={anchor === 'latest'}
          onClick={() => setAnchor('latest')}
        >
          {t('records.latest')}
        </button>
      </nav>
    </section>
  );
}

function Row({
  record,
  nullText,
  time,
  fullTime,
}: {
  record: RecordView;
  nullText: string;
  time: string;
  fullTime: string;
}) {
  const cell = (v: string | null) => (v === null ? <span className="null">{nullText}</span> : v);
  return (
    <tr>
      <td className="num mono">{record.offset}</td>
      <td className="mono">{cell(record.key)}</td>
      <td className="mono value">{cell(record.value)}</td>
      <td>
        <time dateTime={isoTime(record.timestampMs)} title={fullTime}>
          {time}
        </time>
      </td>
      <td className="num mono">{record.segmentBaseOffset}</td>
    </tr>
  );
}
