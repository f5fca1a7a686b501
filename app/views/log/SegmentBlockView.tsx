/**
 * One block of a replica row: a segment (or a group of them), outlined thick when active, hatched and
 * struck when `.deleted` with the rule that deleted it, pulsing when the offset lookup chose it. A
 * focusable button that opens its records. Memoised on what it shows: a closed segment does not
 * re-render while records arrive elsewhere.
 */
import { memo } from 'react';
import { formatBytes } from '../../format';
import { useT } from '../../i18n/use-t';
import type { DeletionText } from './deletion-reason';
import { FONT_PX, ROW } from './geometry';
import { estimateTextPx } from './markers';
import type { LaneItem } from './segment-groups';
import { svgButton } from './svg-button';

export interface SegmentBlockProps {
  readonly item: LaneItem;
  readonly x: number;
  readonly width: number;
  readonly hatchId: string;
  /** Why its segments were deleted (one entry per rule), empty when live. */
  readonly reasons: readonly DeletionText[];
  readonly entering: boolean;
  readonly leaving: boolean;
  readonly lookupHit: boolean;
  readonly onOpen: (brokerId: number, fromOffset: number, focus: boolean) => void;
}

export const SegmentBlockView = memo(function SegmentBlockView(props: SegmentBlockProps) {
  const { t, tn, lang } = useT();
  const { item, x, width, reasons } = props;
  const first = item.segments[0];
  if (first === undefined) return null;
  const states: string[] = [];
  if (item.active) states.push(t('log.segment.active'));
  if (item.deleted) states.push(t('log.segment.deleted'));
  for (const reason of reasons) states.push(t('log.segment.deletedBecause', { reason: reason.long }));
  if (props.lookupHit) states.push(t('log.segment.lookup'));
  const records = tn('count.records', item.recordCount);
  const size = formatBytes(lang, item.sizeBytes);
  const what =
    item.segments.length === 1
      ? t('log.segment.name', {
          file: first.fileName,
          broker: first.brokerId,
          base: first.baseOffset,
          records,
          size,
        })
      : t('log.group.name', {
          count: item.segments.length,
          broker: first.brokerId,
          first: first.baseOffset,
          last: item.segments[item.segments.length - 1]?.baseOffset ?? first.baseOffset,
          records,
          size,
        });
  const name = [what, ...states].join(', ');
  const flags: string[] = [];
  if (item.segments.length > 1) flags.push(t('log.group.count', { count: item.segments.length }));
  if (item.deleted) flags.push(reasons.map((r) => r.short).join(', ') || t('log.segment.deletedShort'));
  if (item.active) flags.push(t('log.segment.activeShort'));
  const flag = flags.join(' · ');
  const baseText = String(item.baseOffset);
  const showBase = width >= estimateTextPx(baseText, FONT_PX) + 10;
  const showFlag = flag !== '' && width >= estimateTextPx(`${baseText} ${flag}`, FONT_PX) + 16;
  const cls = [
    'segment-block',
    item.active ? 'active' : '',
    item.deleted ? 'deleted' : '',
    item.segments.length > 1 ? 'group' : '',
    props.entering ? 'entering' : '',
    props.leaving ? 'leaving' : '',
    props.lookupHit ? 'lookup-hit' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={cls}
      transform={`translate(${x},${ROW.blockY})`}
      aria-label={name}
      {...svgButton((event) => props.onOpen(first.brokerId, item.baseOffset, event === null))}
    >
      <title>{name}</title>
      <rect className="block" width={width} height={ROW.blockHeight} rx={5} />
      {item.deleted && (
        <>
          <rect
            className="hatch"
            width={width}
            height={ROW.blockHeight}
            rx={5}
            fill={`url(#${props.hatchId})`}
          />
          <line className="strike" x1={2} y1={ROW.blockHeight / 2} x2={width - 2} y2={ROW.blockHeight / 2} />
        </>
      )}
      {showBase && (
        <text className="block-base" x={5} y={17}>
          {baseText}
          {showFlag && <tspan className="block-flag">{` ${flag}`}</tspan>}
        </text>
      )}
    </g>
  );
}, sameBlock);

function sameBlock(a: SegmentBlockProps, b: SegmentBlockProps): boolean {
  return (
    a.x === b.x &&
    a.width === b.width &&
    a.hatchId === b.hatchId &&
    a.entering === b.entering &&
    a.leaving === b.leaving &&
    a.lookupHit === b.lookupHit &&
    a.onOpen === b.onOpen &&
    a.item.id === b.item.id &&
    a.item.segments.length === b.item.segments.length &&
    a.item.segments.every((s, i) => s === b.item.segments[i]) &&
    a.reasons.length === b.reasons.length &&
    a.reasons.every((r, i) => r.long === b.reasons[i]?.long)
  );
}

/** The distinct rules that deleted a block's segments (usually one: one retention pass). */
export function deletionReasons(
  item: LaneItem,
  deletions: ReadonlyMap<string, DeletionText>,
): DeletionText[] {
  if (!item.deleted) return [];
  const byShort = new Map<string, DeletionText>();
  for (const s of item.segments) {
    const d = deletions.get(s.id);
    if (d && !byShort.has(d.short)) byShort.set(d.short, d);
  }
  return [...byShort.values()];
}
