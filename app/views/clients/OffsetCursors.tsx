/**
 * A group's committed offsets as cursors over each partition's log: the bar runs from the log start
 * offset to the HW (what consumers may read), then dashed to the LEO (written, not yet committed by the
 * ISR); ▼ marks the committed offset, ▲ each member's position (in the member's colour), the gap from
 * the cursor to the HW is the lag. One offset scale per topic, so partitions compare at a glance.
 * Each row is one picture with a full accessible name; the partition name selects it everywhere.
 */
import { useId } from 'react';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectSelection } from '../../store/selectors';
import { useWidth } from '../use-width';
import { type OffsetScale, offsetScale, type PartitionRow } from './group-model';
import { memberStyle } from './member-colours';

/** Used until the panel's width is measured. */
const FALLBACK_WIDTH = 320;
const HEIGHT = 40;
const BAR_Y = 14;
const BAR_H = 12;
/** Horizontal room kept at both ends so a cursor at the edge is not cut in half. */
const PAD = 6;

export function OffsetCursors({ rows }: { rows: readonly PartitionRow[] }) {
  const { t } = useT();
  // The bars are drawn at the panel's own width, so the marks keep their shape (no stretched SVG).
  const [ref, width] = useWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const topics = [...new Set(rows.map((r) => r.topic))];
  return (
    <div className="offset-cursors" ref={ref}>
      {rows.length === 0 && <p className="hint">{t('clients.cursors.none')}</p>}
      {topics.map((topic) => {
        const topicRows = rows.filter((r) => r.topic === topic);
        const scale = offsetScale(topicRows);
        return (
          <section key={topic} aria-label={t('clients.cursors.topic', { topic })}>
            <h5 className="mono">{topic}</h5>
            <ul className="cursor-rows">
              {topicRows.map((row) => (
                <CursorRow
                  key={row.key}
                  row={row}
                  scale={scale}
                  width={Math.max(120, Math.floor(width) - 8)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {rows.length > 0 && <p className="hint cursor-legend">{t('clients.cursors.legend')}</p>}
    </div>
  );
}

function CursorRow({ row, scale, width }: { row: PartitionRow; scale: OffsetScale; width: number }) {
  const { t } = useT();
  const selected = useAppStore((s) => {
    const sel = selectSelection(s);
    if (sel === null) return false;
    if (sel.kind === 'member') return row.owner === sel.name;
    if (sel.kind === 'topic') return row.topic === sel.topic;
    return 'partition' in sel && 'topic' in sel && sel.topic === row.topic && sel.partition === row.partition;
  });
  const select = useAppStore((s) => s.select);
  const hatchId = `lag-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const x = (offset: number) => PAD + scale.x(offset, width - 2 * PAD);
  const owner = row.owner === null ? null : memberStyle(row.owner);
  const label = t('clients.cursors.rowLabel', {
    partition: row.key,
    start: row.logStartOffset,
    hw: row.highWatermark,
    leo: row.logEndOffset,
    committed: row.committed === null ? t('clients.cursors.noCommit') : row.committed,
    lag: row.lag === null ? '-' : row.lag,
    owner: row.owner ?? t('clients.cursors.noOwner'),
  });
  const positions = row.positions
    .map((p) => t('clients.cursors.position', { name: p.name, offset: p.offset }))
    .join(', ');

  return (
    <li className={`cursor-row${selected ? ' is-selected' : ''}${row.offline ? ' is-offline' : ''}`}>
      <button
        type="button"
        className="link-button cursor-name mono"
        aria-pressed={selected}
        aria-label={t('clients.cursors.select', { partition: row.key })}
        onClick={() => select({ kind: 'partition', topic: row.topic, partition: row.partition })}
      >
        {row.key}
      </button>
      <span className="cursor-owner mono" style={owner ? { color: owner.colour } : undefined}>
        {owner ? (
          <>
            <span aria-hidden="true">{owner.mark} </span>
            {row.owner}
          </>
        ) : (
          t('clients.cursors.noOwner')
        )}
      </span>
      <svg
        className="cursor-bar"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={positions === '' ? label : `${label}, ${positions}`}
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="cursor-lag-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="cursor-lag-line" />
          </pattern>
        </defs>
        <rect className="cursor-track" x={PAD} y={BAR_Y} width={width - 2 * PAD} height={BAR_H} />
        <rect
          className="cursor-readable"
          x={x(row.logStartOffset)}
          y={BAR_Y}
          width={Math.max(0, x(row.highWatermark) - x(row.logStartOffset))}
          height={BAR_H}
        />
        {row.committed !== null && (
          <rect
            className="cursor-consumed"
            x={x(row.logStartOffset)}
            y={BAR_Y}
            width={Math.max(0, x(Math.min(row.committed, row.highWatermark)) - x(row.logStartOffset))}
            height={BAR_H}
            style={owner ? { fill: owner.colour } : undefined}
          />
        )}
        {row.logEndOffset > row.highWatermark && (
          <rect
            className="cursor-uncommitted"
            x={x(row.highWatermark)}
            y={BAR_Y}
            width={x(row.logEndOffset) - x(row.highWatermark)}
            height={BAR_H}
          />
        )}
        {row.committed !== null && row.lag !== null && row.lag > 0 && (
          <rect
            className="cursor-lag"
            x={x(row.committed)}
            y={BAR_Y}
            width={Math.max(0, x(row.highWatermark) - x(row.committed))}
            height={BAR_H}
            fill={`url(#${hatchId})`}
          />
        )}
        {row.committed !== null && (
          <path
            className="cursor-committed"
            d={`M ${x(row.committed) - 6} ${BAR_Y - 12} L ${x(row.committed) + 6} ${BAR_Y - 12} L ${x(row.committed)} ${BAR_Y} Z`}
          />
        )}
        {row.positions.map((p) => {
          const px = x(p.offset);
          return (
            <path
              key={p.name}
              className="cursor-position"
              d={`M ${px} ${BAR_Y + BAR_H} L ${px - 5} ${HEIGHT - 1} L ${px + 5} ${HEIGHT - 1} Z`}
              style={{ fill: memberStyle(p.name).colour }}
            />
          );
        })}
      </svg>
      <span className="cursor-lag-text mono" aria-hidden="true">
        {t('clients.cursors.short', {
          committed: row.committed === null ? '-' : row.committed,
          lag: row.lag === null ? '-' : row.lag,
        })}
      </span>
    </li>
  );
}
