/**
 * One replica's row in the partition log drawing: its segments as blocks (active outlined, `.deleted`
 * hatched and struck with the reason), its records as runs coloured by leader epoch (dashed above the
 * HW), and its log start offset, HW and LEO markers. Every block and run is a focusable button that
 * opens the records there; markers are named images.
 */
import type { ReplicaRecord } from '../../../engine/view/types';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import type { DeletionText } from './deletion-reason';
import { FONT_PX, PAD, ROW } from './geometry';
import { estimateTextPx, groupMarkers, labelStart, type MarkerKind, staggerLabels } from './markers';
import { type OffsetAxis, offsetX } from './offset-axis';
import { RecordRunView } from './RecordRunView';
import { epochTags, type ReplicaLane as Lane, type RecordRun } from './replica-lane';
import { deletionReasons, SegmentBlockView } from './SegmentBlockView';

export interface ReplicaLaneProps {
  readonly name: string;
  readonly replica: ReplicaRecord;
  readonly lane: Lane;
  readonly axis: OffsetAxis;
  readonly y: number;
  readonly hatchId: string;
  readonly deletions: ReadonlyMap<string, DeletionText>;
  readonly entering: ReadonlySet<string>;
  readonly leaving: ReadonlySet<string>;
  readonly lookupSegmentId: string | null;
  readonly selectedOffset: number | null;
  readonly highlighted: boolean;
  /** In the partition's ISR as ZooKeeper has it (a follower's own copy of the ISR can be stale). */
  readonly inIsr: boolean;
  /** Opens the records from an offset; `focus` when asked from the keyboard (focus follows). */
  readonly onOpen: (brokerId: number, fromOffset: number, focus: boolean) => void;
}

const MARKER_SHORT: Record<MarkerKind, MessageKey> = {
  start: 'log.marker.start',
  hw: 'log.marker.hw',
  leo: 'log.marker.leo',
};
const MARKER_LONG: Record<MarkerKind, MessageKey> = {
  start: 'log.marker.startLong',
  hw: 'log.marker.hwLong',
  leo: 'log.marker.leoLong',
};

export function ReplicaLane(props: ReplicaLaneProps) {
  const { t, tn } = useT();
  const { replica, lane, axis } = props;
  const roleKey: MessageKey = `log.role.${replica.role}`;
  const label = t('log.replica.name', {
    name: props.name,
    broker: replica.brokerId,
    role: t(roleKey),
    isr: t(props.inIsr ? 'log.isr.in' : 'log.isr.out'),
  });
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot hold a <fieldset>; role=group names the items it holds
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=group names the items it holds
    <g
      role="group"
      aria-label={label}
      transform={`translate(0,${props.y})`}
      className={`replica-lane${props.highlighted ? ' highlighted' : ''} role-${replica.role}`}
    >
      <rect className="lane-bg" x={-4} y={2} width={axis.widthPx + 8} height={ROW.height - 4} rx={6} />
      {lane.blocks.map((block) => (
        <SegmentBlockView
          key={block.item.id}
          item={block.item}
          x={block.x}
          width={block.width}
          hatchId={props.hatchId}
          reasons={deletionReasons(block.item, props.deletions)}
          entering={props.entering.has(block.item.id)}
          leaving={props.leaving.has(block.item.id)}
          lookupHit={block.item.segments.some((s) => s.id === props.lookupSegmentId)}
          onOpen={props.onOpen}
        />
      ))}
      {lane.runs.map((run) => (
        <RecordRunView
          key={`${run.blockBaseOffset}:${run.from}`}
          run={run}
          brokerId={replica.brokerId}
          onOpen={props.onOpen}
        />
      ))}
      <EpochTags runs={lane.runs} />
      {props.selectedOffset !== null && <SelectedRecord offset={props.selectedOffset} {...props} />}
      <Markers {...props} />
      {lane.blocks.length === 0 && replica.role !== 'offline' && (
        <text className="lane-note" x={4} y={ROW.blockY + ROW.blockHeight / 2}>
          {t('log.replica.noSegments')}
        </text>
      )}
      <title>{`${label} — ${tn('count.records', Math.max(0, replica.logEndOffset - replica.logStartOffset))}`}</title>
    </g>
  );
}

/** The leader epoch written under the records where it starts (colour is never the only cue). */
function EpochTags({ runs }: { runs: readonly RecordRun[] }) {
  const { t } = useT();
  return (
    <text className="epoch-tags" y={ROW.blockY + ROW.epochTagY}>
      {epochTags(runs).map((tag) => {
        const text = t('log.epoch.short', { epoch: tag.epoch });
        if (tag.roomPx < estimateTextPx(text, 10) + 4) return null;
        return (
          <tspan key={tag.x} x={tag.x + 3}>
            {text}
          </tspan>
        );
      })}
    </text>
  );
}

function SelectedRecord(props: ReplicaLaneProps & { offset: number }) {
  const { t } = useT();
  const x0 = offsetX(props.axis, props.offset);
  const x1 = offsetX(props.axis, props.offset + 1);
  const y = ROW.blockY + ROW.bandY;
  const name = t('log.selectedRecord', { broker: props.replica.brokerId, offset: props.offset });
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=img names the drawn item for screen readers
    <g className="selected-record" role="img" aria-label={name}>
      <rect x={x0 - 1} y={y - 3} width={Math.max(4, x1 - x0 + 2)} height={ROW.bandHeight + 6} rx={3} />
      <path d={`M${(x0 + x1) / 2 - 6},${ROW.blockY - 8}h12l-6,8z`} />
    </g>
  );
}

/** The marker whose line style a shared marker takes: the HW matters most, then the LEO. */
function primaryMarker(kinds: readonly MarkerKind[]): MarkerKind {
  return kinds.includes('hw') ? 'hw' : kinds.includes('leo') ? 'leo' : 'start';
}

function Markers(props: ReplicaLaneProps) {
  const { t } = useT();
  const { replica, axis } = props;
  const groups = groupMarkers([
    { kind: 'start', offset: replica.logStartOffset },
    { kind: 'hw', offset: replica.highWatermark },
    { kind: 'leo', offset: replica.logEndOffset },
  ]);
  const texts = groups.map((g) => `${g.kinds.map((k) => t(MARKER_SHORT[k])).join('·')} ${g.offset}`);
  const xs = groups.map((g) => offsetX(axis, g.offset));
  const limit = axis.widthPx + PAD.right - 4;
  const boxes = texts.map((text, i) => {
    const width = estimateTextPx(text, FONT_PX) + 6;
    return { x: labelStart((xs[i] ?? 0) + 3, width, limit), width };
  });
  const lines = staggerLabels(boxes, ROW.labelLines.length);
  return (
    <>
      {groups.map((g, i) => {
        const x = xs[i] ?? 0;
        const line = lines[i] ?? 0;
        const name = t('log.marker.name', {
          broker: replica.brokerId,
          names: g.kinds.map((k) => t(MARKER_LONG[k])).join(', '),
          offset: g.offset,
        });
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role=img names the drawn item for screen readers
          <g
            key={g.offset}
            className={`offset-marker mk-${primaryMarker(g.kinds)}`}
            role="img"
            aria-label={name}
          >
            <line x1={x} x2={x} y1={ROW.blockY - 4} y2={(ROW.labelLines[line] ?? 0) - 10} />
            <text x={boxes[i]?.x ?? x} y={ROW.labelLines[line]}>
              {texts[i]}
            </text>
          </g>
        );
      })}
    </>
  );
}
