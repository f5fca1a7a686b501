/**
 * View 2 of the visualizer: the partition log. For the selected partition (else the one shown last,
 * else the first user topic's partition 0): a row per replica with its segments, records, offsets
 * and markers on one shared offset axis, consumer cursors, lost-record ghosts, an offset lookup that
 * walks segment → index → position, and the records of a segment paged on request.
 */
import { useCallback, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { partitionViewId, topicViewId } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import './log.css';
import { LogDrawing } from './LogDrawing';
import { type PartitionRef, partitionKey, selectPartitionKeys } from './log-selectors';
import { OffsetLookup } from './OffsetLookup';
import { RecordsPanel, type RecordsRequest } from './RecordsPanel';
import { useShownPartition } from './use-shown-partition';

export function PartitionLogView() {
  const { t } = useT();
  const shown = useShownPartition();
  if (shown === null) {
    return (
      <section className="panel log-view" aria-label={t('log.region')}>
        <h2>{t('log.region')}</h2>
        <p className="hint">{t('log.empty')}</p>
      </section>
    );
  }
  // A new partition starts fresh: no records page, no lookup, no animations from the old one.
  return <PartitionLog key={partitionKey(shown)} partition={shown} />;
}

function PartitionLog({ partition: p }: { partition: PartitionRef }) {
  const { t } = useT();
  const name = partitionKey(p);
  const [records, setRecords] = useState<RecordsRequest | null>(null);
  const [lookupSegment, setLookupSegment] = useState<string | null>(null);
  const open = useCallback(
    (brokerId: number, fromOffset: number, focus = false) =>
      setRecords((prev) => ({ brokerId, fromOffset, focus, nonce: (prev?.nonce ?? 0) + 1 })),
    [],
  );
  const headingId = `log-heading-${name}`;
  return (
    <section className="panel log-view" aria-labelledby={headingId}>
      <header className="log-head">
        <h2 id={headingId}>{t('log.title', { name })}</h2>
        <PartitionPicker current={name} />
      </header>
      <PartitionFacts partition={p} />
      <Legend />
      <LogDrawing partition={p} lookupSegmentId={lookupSegment} onOpen={open} />
      <div className="log-tools">
        <OffsetLookup partition={p} onHighlight={setLookupSegment} onOpen={open} />
        {records && (
          <RecordsPanel
            key={records.nonce}
            partition={p}
            request={records}
            onClose={() => setRecords(null)}
          />
        )}
      </div>
    </section>
  );
}

function PartitionPicker({ current }: { current: string }) {
  const { t } = useT();
  const keys = useAppStore(useShallow(selectPartitionKeys));
  const store = useAppStoreApi();
  const choose = (key: string) => {
    const s = store.getState();
    const found = [...(s.kinds.partition?.values() ?? [])].find((q) => `${q.topic}-${q.partition}` === key);
    if (found) s.select({ kind: 'partition', topic: found.topic, partition: found.partition });
  };
  return (
    <label className="log-picker">
      <span>{t('log.pick')}</span>
      <select value={current} onChange={(e) => choose(e.target.value)}>
        {keys.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );
}

function PartitionFacts({ partition: p }: { partition: PartitionRef }) {
  const { t } = useT();
  const partition = useAppStore((s) => recordOf(s, 'partition', partitionViewId(p.topic, p.partition)));
  const minIsr = useAppStore((s) => recordOf(s, 'topic', topicViewId(p.topic))?.minInsyncReplicas ?? 1);
  if (partition === undefined) return null;
  const isr = partition.isr.join(', ');
  return (
    <p className="log-facts">
      {partition.leader < 0
        ? t('log.factsOffline', { epoch: partition.leaderEpoch, isr })
        : t('log.facts', { leader: partition.leader, epoch: partition.leaderEpoch, isr, min: minIsr })}
      {partition.outOfSync.length > 0 && (
        <span className="badge out-of-sync">
          {t('log.outOfSync', { brokers: partition.outOfSync.join(', ') })}
        </span>
      )}
    </p>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <details className="log-legend">
      <summary>{t('log.legend')}</summary>
      <ul>
        <li>
          <span className="swatch committed" aria-hidden="true" /> {t('log.legend.committed')}
        </li>
        <li>
          <span className="swatch uncommitted" aria-hidden="true" /> {t('log.legend.uncommitted')}
        </li>
        <li>
          <span className="swatch epochs" aria-hidden="true" /> {t('log.legend.epoch')}
        </li>
        <li>
          <span className="swatch deleted" aria-hidden="true" /> {t('log.legend.deleted')}
        </li>
        <li>
          <span className="swatch ghost" aria-hidden="true" /> {t('log.legend.ghost')}
        </li>
      </ul>
    </details>
  );
}
