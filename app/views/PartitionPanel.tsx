/** One partition: where it lives, its offsets (log start, HW, LEO), its segments and its configs. */
import type { PartitionRecord } from '../../engine/view/types';
import { useAppStore } from '../bridge/context';
import { formatDuration, formatSimTime } from '../format';
import { useT } from '../i18n/use-t';
import { selectPartition } from '../store/selectors';
import { ConfigList } from './ConfigList';
import { SegmentStrip } from './SegmentStrip';

export function PartitionPanel() {
  const { t } = useT();
  const partition = useAppStore(selectPartition);
  if (partition === undefined) return null;
  const offsets = [
    { key: 'lso', label: t('offsets.lso'), value: partition.logStartOffset },
    { key: 'hw', label: t('offsets.hwLong'), value: partition.highWatermark },
    { key: 'leo', label: t('offsets.leoLong'), value: partition.logEndOffset },
  ];
  return (
    <section className="panel partition" aria-labelledby="partition-title">
      <h2 id="partition-title">{t('partition.title', { name: partition.dirName })}</h2>
      <p className="hint">
        {t('partition.where', {
          broker: partition.brokerId,
          dir: `${partition.logDir}/${partition.dirName}`,
        })}
      </p>
      <dl className="offsets">
        {offsets.map((o) => (
          <div key={o.key} className={`offset offset-${o.key}`}>
            <dt>{o.label}</dt>
            <dd className="mono" data-testid={`offset-${o.key}`}>
              {o.value}
            </dd>
          </div>
        ))}
      </dl>
      <Schedule partition={partition} />
      <h3>{t('segments.title')}</h3>
      <p className="hint">{t('segments.caption')}</p>
      <SegmentStrip partition={partition} />
      <ConfigList partition={partition} />
    </section>
  );
}

/** When the log manager acts next: retention runs on a schedule, not the moment data expires. */
function Schedule({ partition }: { partition: PartitionRecord }) {
  const { t, lang } = useT();
  const interval = formatDuration(lang, partition.retentionCheckIntervalMs);
  return (
    <div className="schedule">
      {partition.nextRetentionCheckMs >= 0 && (
        <p data-testid="next-retention-check">
          {t('schedule.retention', { time: formatSimTime(lang, partition.nextRetentionCheckMs), interval })}{' '}
          <span className="mono">(log.retention.check.interval.ms)</span>
        </p>
      )}
      {partition.nextFileDeletionMs >= 0 && (
        <p data-testid="next-file-deletion">
          {t('schedule.deletion', { time: formatSimTime(lang, partition.nextFileDeletionMs) })}{' '}
          <span className="mono">(file.delete.delay.ms)</span>
        </p>
      )}
    </div>
  );
}
