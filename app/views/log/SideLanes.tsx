/**
 * The lanes around the replica rows: acknowledged-but-lost records as ghosts above them (offsets a
 * producer was told were stored, that no replica holds any more), and consumer cursors below them —
 * each running member's position (the next offset it reads) and each group's committed offset, with
 * the lag. Cursors of the selected member or group are highlighted.
 */
import type { CommittedOffsetRecord, LostRangeRecord, MemberRecord } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { CURSOR_LANE, FONT_PX, LOST_LANE_HEIGHT, PAD } from './geometry';
import { estimateTextPx, labelStart, staggerLabels } from './markers';
import { type OffsetAxis, offsetX } from './offset-axis';

export function LostLane({
  lost,
  axis,
  y,
}: {
  lost: readonly LostRangeRecord[];
  axis: OffsetAxis;
  y: number;
}) {
  const { t } = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot hold a <fieldset>; role=group names the items it holds
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=group names the items it holds
    <g role="group" aria-label={t('log.lane.lost')} transform={`translate(0,${y})`} className="lost-lane">
      {lost.map((l) => {
        const x0 = offsetX(axis, l.fromOffset);
        const x1 = offsetX(axis, l.toOffset + 1);
        const name = t('log.lost.name', {
          from: l.fromOffset,
          to: l.toOffset,
          count: l.toOffset - l.fromOffset + 1,
        });
        const short = t('log.lost.short', { from: l.fromOffset, to: l.toOffset });
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=img names the drawn item for screen readers
          <g key={l.id} className="ghost" role="img" aria-label={name}>
            <title>{name}</title>
            <rect x={x0} y={6} width={Math.max(6, x1 - x0)} height={LOST_LANE_HEIGHT - 12} rx={4} />
            <text x={x0 + 4} y={LOST_LANE_HEIGHT / 2 + 5}>
              {short}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface Cursor {
  readonly key: string;
  readonly kind: 'position' | 'committed';
  readonly offset: number;
  readonly short: string;
  readonly name: string;
  readonly selected: boolean;
}

export function CursorLane(props: {
  topicPartition: string;
  members: readonly MemberRecord[];
  committed: readonly CommittedOffsetRecord[];
  highWatermark: number;
  axis: OffsetAxis;
  y: number;
}) {
  const { t } = useT();
  const selection = useAppStore((s) => s.selection);
  const lagText = (lag: number | null) => (lag === null ? t('log.cursor.lagUnknown') : String(lag));
  const cursors: Cursor[] = [
    ...props.members.map((m): Cursor => {
      const offset = m.positions[props.topicPartition] ?? 0;
      const lag = props.highWatermark < 0 ? null : Math.max(0, props.highWatermark - offset);
      const params = { member: m.name, offset, lag: lagText(lag) };
      return {
        key: m.id,
        kind: 'position',
        offset,
        short: t('log.cursor.positionShort', params),
        name: t('log.cursor.position', params),
        selected:
          (selection?.kind === 'member' && selection.name === m.name) ||
          (selection?.kind === 'group' && selection.groupId === m.groupId),
      };
    }),
    ...props.committed.map((c): Cursor => {
      const params = { group: c.groupId, offset: c.offset, lag: lagText(c.lag) };
      return {
        key: c.id,
        kind: 'committed',
        offset: c.offset,
        short: t('log.cursor.committedShort', params),
        name: t('log.cursor.committed', params),
        selected: selection?.kind === 'group' && selection.groupId === c.groupId,
      };
    }),
  ];
  const xs = cursors.map((c) => offsetX(props.axis, c.offset));
  const limit = props.axis.widthPx + PAD.right - 4;
  const boxes = cursors.map((c, i) => {
    const width = estimateTextPx(c.short, FONT_PX) + 8;
    return { x: labelStart((xs[i] ?? 0) - 6, width, limit), width };
  });
  const lines = staggerLabels(boxes, CURSOR_LANE.labelLines.length);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot hold a <fieldset>; role=group names the items it holds
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=group names the items it holds
    <g
      role="group"
      aria-label={t('log.lane.consumers')}
      transform={`translate(0,${props.y})`}
      className="cursor-lane"
    >
      {cursors.map((c, i) => {
        const x = xs[i] ?? 0;
        const labelY = CURSOR_LANE.labelLines[lines[i] ?? 0] ?? 0;
        const top = CURSOR_LANE.shapeY;
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=img names the drawn item for screen readers
          <g
            key={c.key}
            className={`cursor ${c.kind}${c.selected ? ' selected' : ''}`}
            role="img"
            aria-label={c.name}
          >
            <title>{c.name}</title>
            {c.kind === 'position' ? (
              <path className="shape" d={`M${x},${top}l7,12h-14z`} />
            ) : (
              <path className="shape" d={`M${x},${top + 10}l7,7l-7,7l-7,-7z`} />
            )}
            <line x1={x} x2={x} y1={top + (c.kind === 'position' ? 12 : 24)} y2={labelY - 12} />
            <text x={boxes[i]?.x ?? x} y={labelY}>
              {c.short}
            </text>
          </g>
        );
      })}
    </g>
  );
}
