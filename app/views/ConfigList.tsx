/** The topic configs that shape what the drawing shows, by their Kafka names (never translated). */
import type { PartitionRecord } from '../../engine/view/types';
import { formatBytes, formatDuration } from '../format';
import { useT } from '../i18n/use-t';

export function ConfigList({ partition }: { partition: PartitionRecord }) {
  const { t, lang } = useT();
  const unlimited = t('config.unlimited');
  const rows = [
    {
      name: 'segment.bytes',
      value: partition.segmentBytes,
      human: formatBytes(lang, partition.segmentBytes),
    },
    { name: 'segment.ms', value: partition.segmentMs, human: formatDuration(lang, partition.segmentMs) },
    {
      name: 'retention.ms',
      value: partition.retentionMs,
      human: partition.retentionMs < 0 ? unlimited : formatDuration(lang, partition.retentionMs),
    },
    {
      name: 'retention.bytes',
      value: partition.retentionBytes,
      human: partition.retentionBytes < 0 ? unlimited : formatBytes(lang, partition.retentionBytes),
    },
    {
      name: 'file.delete.delay.ms',
      value: partition.fileDeleteDelayMs,
      human: formatDuration(lang, partition.fileDeleteDelayMs),
    },
  ];
  return (
    <details className="configs">
      <summary>{t('config.title')}</summary>
      <dl>
        {rows.map((r) => (
          <div key={r.name}>
            <dt className="mono">{r.name}</dt>
            <dd>
              <span className="mono">{r.value}</span> <span className="hint">({r.human})</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
