/**
 * The partition's segments as blocks, oldest left, width by `.log` bytes (d3-scale, in
 * segment-layout.ts), with the log start offset, HW and LEO as markers. `.deleted` segments stay drawn,
 * hatched, until their files are removed.
 */
import { useShallow } from 'zustand/react/shallow';
import type { PartitionRecord, SegmentRecord } from '../../engine/view/types';
import { useAppStore } from '../bridge/context';
import { formatBytes } from '../format';
import { useT } from '../i18n/use-t';
import { layoutSegments, offsetToX } from '../layout/segment-layout';
import { selectSegments } from '../store/selectors';
import { useWidth } from './use-width';

const BLOCK_TOP = 34;
const BLOCK_HEIGHT = 96;
const HEIGHT = BLOCK_TOP + BLOCK_HEIGHT + 40;
const PAD_X = 8;

export function SegmentStrip({ partition }: { partition: PartitionRecord }) {
  const { t, tn, lang } = useT();
  const segments = useAppStore(useShallow(selectSegments));
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const layout = layoutSegments(segments, {
    widthPx: Math.max(200, width - 2 * PAD_X),
    minBlockPx: 120,
    gapPx: 8,
    minDomainBytes: partition.segmentBytes,
  });

  const label = (s: SegmentRecord) => {
    const parts = [
      t('segment.label', {
        file: s.fileName,
        records: tn('count.records', s.recordCount),
        size: formatBytes(lang, s.sizeBytes),
      }),
    ];
    if (s.active) parts.push(t('segment.active'));
    if (s.deleted) parts.push(t('segment.deleted'));
    return parts.join(', ');
  };

  const markers = [
    {
      key: 'lso',
      name: t('offsets.lso'),
      short: t('offsets.lsoShort'),
      offset: partition.logStartOffset,
      y: BLOCK_TOP + BLOCK_HEIGHT + 6,
      below: true,
    },
    {
      key: 'hw',
      name: t('offsets.hw'),
      short: t('offsets.hw'),
      offset: partition.highWatermark,
      y: BLOCK_TOP - 6,
      below: false,
    },
    {
      key: 'leo',
      name: t('offsets.leo'),
      short: t('offsets.leo'),
      offset: partition.logEndOffset,
      y: BLOCK_TOP + BLOCK_HEIGHT + 6,
      below: true,
    },
  ];

  return (
    <div className="segment-strip" ref={ref}>
      <svg width={layout.totalWidth + 2 * PAD_X} height={HEIGHT}>
        <title>{t('segment.strip', { name: partition.dirName })}</title>
        <defs>
          <pattern
            id="hatch"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" />
          </pattern>
        </defs>
        <g transform={`translate(${PAD_X},0)`}>
          {layout.boxes.map((box) => {
            const s = box.segment;
            const cls = `segment${s.active ? ' active' : ''}${s.deleted ? ' deleted' : ''}`;
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role="img" gives each block its own accessible name
              <g
                key={s.id}
                className={cls}
                role="img"
                aria-label={label(s)}
                transform={`translate(${box.x},${BLOCK_TOP})`}
              >
                <title>{label(s)}</title>
                <rect width={box.width} height={BLOCK_HEIGHT} rx={6} />
                <text x={10} y={26} className="seg-base">
                  {s.baseOffset}
                </text>
                <text x={10} y={50} className="seg-line">
                  {tn('count.records', s.recordCount)}
                </text>
                <text x={10} y={70} className="seg-line">
                  {formatBytes(lang, s.sizeBytes)}
                </text>
                {(s.active || s.deleted) && (
                  <text x={10} y={88} className="seg-flag">
                    {s.deleted ? t('segment.deleted') : t('segment.active')}
                  </text>
                )}
              </g>
            );
          })}
          {markers.map((m) => {
            const x = offsetToX(layout, m.offset);
            if (x === undefined) return null;
            const text = `${m.short} ${m.offset}`;
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: as above, each marker is one named image
              <g
                key={m.key}
                className={`marker marker-${m.key}`}
                role="img"
                aria-label={t('offsets.markerLabel', { name: m.name, offset: m.offset })}
                transform={`translate(${x},0)`}
              >
                <line y1={BLOCK_TOP - 2} y2={BLOCK_TOP + BLOCK_HEIGHT + 2} />
                <text
                  y={m.below ? m.y + 14 + (m.key === 'leo' ? 16 : 0) : m.y}
                  textAnchor={m.key === 'lso' ? 'start' : 'end'}
                  dx={m.key === 'lso' ? 3 : -3}
                >
                  {text}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
