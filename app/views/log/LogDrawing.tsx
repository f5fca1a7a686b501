/**
 * The partition log drawn on one shared offset axis: lost ghosts on top, one row per replica (leader
 * first), consumer cursors below. An HTML column beside the SVG names each row (the replica's button
 * selects it); the SVG scrolls sideways when the segments need more room, and stays scrolled to the
 * log end while the user has not scrolled away from it.
 */
import { type RefObject, useId, useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReplicaRecord, SegmentRecord } from '../../../engine/view/types';
import { partitionViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { useWidth } from '../use-width';
import { type DeletionText, deletionsBySegment, describeDeletion } from './deletion-reason';
import { CURSOR_LANE, LOST_LANE_HEIGHT, PAD, ROW, SEGMENT_ENTER_MS, SEGMENT_LEAVE_MS } from './geometry';
import {
  type PartitionRef,
  partitionKey,
  selectCommittedOfPartition,
  selectLostOfPartition,
  selectPositionHolders,
  selectReplicasOf,
  selectSegmentDeletions,
  selectSegmentsOfPartition,
} from './log-selectors';
import { buildOffsetAxis, minSpanFor } from './offset-axis';
import { ReplicaLane } from './ReplicaLane';
import { laneBoundaries, layoutReplicaLane } from './replica-lane';
import { CursorLane, LostLane } from './SideLanes';
import { groupSegments, type LaneItem, maxBlocksFor } from './segment-groups';
import { usePresence } from './use-presence';

export interface LogDrawingProps {
  readonly partition: PartitionRef;
  readonly lookupSegmentId: string | null;
  readonly onOpen: (brokerId: number, fromOffset: number, focus: boolean) => void;
}

export function LogDrawing({ partition: p, lookupSegmentId, onOpen }: LogDrawingProps) {
  const { t, lang } = useT();
  const name = partitionKey(p);
  const partition = useAppStore((s) => recordOf(s, 'partition', partitionViewId(p.topic, p.partition)));
  const replicas = useAppStore(useShallow(selectReplicasOf(p)));
  const segments = useAppStore(useShallow(selectSegmentsOfPartition(p)));
  const members = useAppStore(useShallow(selectPositionHolders(p)));
  const committed = useAppStore(useShallow(selectCommittedOfPartition(p)));
  const lost = useAppStore(useShallow(selectLostOfPartition(p)));
  const deletionEvents = useAppStore(useShallow(selectSegmentDeletions(p)));
  const selection = useAppStore((s) => s.selection);
  const presence = usePresence(segments, SEGMENT_ENTER_MS, SEGMENT_LEAVE_MS);
  const [scrollRef, width] = useWidth<HTMLDivElement>(900);
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;

  const drawn: SegmentRecord[] = [...segments, ...presence.leaving];
  const byBroker = new Map<number, SegmentRecord[]>();
  for (const s of drawn) byBroker.set(s.brokerId, [...(byBroker.get(s.brokerId) ?? []), s]);
  const available = Math.max(200, width - PAD.left - PAD.right);
  const maxBlocks = maxBlocksFor(available);
  const items = new Map<number, LaneItem[]>();
  const boundaries: number[] = [];
  for (const r of replicas) {
    const laneItems = groupSegments(byBroker.get(r.brokerId) ?? [], maxBlocks);
    items.set(r.brokerId, laneItems);
    boundaries.push(...laneBoundaries(laneItems, r.logEndOffset), r.logStartOffset);
  }
  for (const l of lost) boundaries.push(l.fromOffset, l.toOffset + 1);
  const axis = buildOffsetAxis(boundaries, {
    widthPx: available,
    minSpanPx: minSpanFor(new Set(boundaries).size - 1, available),
  });
  // A block animates in (or fades out) when every segment in it does.
  const leavingIds = new Set(presence.leaving.map((s) => s.id));
  const enteringItems = new Set<string>();
  const leavingItems = new Set<string>();
  for (const laneItems of items.values()) {
    for (const item of laneItems) {
      if (item.segments.every((s) => presence.entering.has(s.id))) enteringItems.add(item.id);
      if (item.segments.every((s) => leavingIds.has(s.id))) leavingItems.add(item.id);
    }
  }

  const deletions = new Map<string, DeletionText>();
  for (const [id, body] of deletionsBySegment(deletionEvents))
    deletions.set(id, describeDeletion(lang, body.reason));
  const lostHeight = lost.length > 0 ? LOST_LANE_HEIGHT : 0;
  const cursorHeight = members.length + committed.length > 0 ? CURSOR_LANE.height : 0;
  const height = lostHeight + replicas.length * ROW.height + cursorHeight;
  useStickToEnd(scrollRef, Math.round(axis.widthPx));

  const highlighted = (r: ReplicaRecord) =>
    (selection?.kind === 'broker' && selection.brokerId === r.brokerId) ||
    ((selection?.kind === 'replica' || selection?.kind === 'record') &&
      selection.topic === p.topic &&
      selection.partition === p.partition &&
      selection.brokerId === r.brokerId);
  // ZooKeeper's ISR (the partition record) is the truth; a follower's own copy is only refreshed on
  // LeaderAndIsr, so it misses ISR expansions.
  const inIsr = (r: ReplicaRecord) => (partition ? partition.isr.includes(r.brokerId) : r.inIsr);
  const selectedOffset = (r: ReplicaRecord) =>
    selection?.kind === 'record' &&
    selection.topic === p.topic &&
    selection.partition === p.partition &&
    selection.brokerId === r.brokerId
      ? selection.offset
      : null;

  return (
    <div className="log-drawing">
      <div className="log-labels">
        {lostHeight > 0 && (
          <div className="lane-label lost" style={{ height: lostHeight }}>
            {t('log.lane.lost')}
          </div>
        )}
        {replicas.map((r) => (
          <ReplicaLabel key={r.id} name={name} replica={r} inIsr={inIsr(r)} highlighted={highlighted(r)} />
        ))}
        {cursorHeight > 0 && (
          <div className="lane-label" style={{ height: cursorHeight }}>
            {t('log.lane.consumers')}
          </div>
        )}
      </div>
      <div className="log-scroll" ref={scrollRef}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; role=group keeps its named items together */}
        <svg
          width={axis.widthPx + PAD.left + PAD.right}
          height={height}
          role="group"
          aria-label={t('log.drawing', { name })}
        >
          <defs>
            <pattern
              id={hatchId}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="8" className="hatch-stroke" />
            </pattern>
          </defs>
          <g transform={`translate(${PAD.left},0)`}>
            {lostHeight > 0 && <LostLane lost={lost} axis={axis} y={0} />}
            {replicas.map((r, i) => (
              <ReplicaLane
                key={r.id}
                name={name}
                replica={r}
                axis={axis}
                y={lostHeight + i * ROW.height}
                lane={layoutReplicaLane(
                  {
                    items: items.get(r.brokerId) ?? [],
                    epochStarts: r.epochStarts,
                    logStartOffset: r.logStartOffset,
                    logEndOffset: r.logEndOffset,
                    committedUpTo:
                      partition && partition.highWatermark >= 0 ? partition.highWatermark : r.highWatermark,
                  },
                  axis,
                )}
                hatchId={hatchId}
                deletions={deletions}
                entering={enteringItems}
                leaving={leavingItems}
                lookupSegmentId={lookupSegmentId}
                selectedOffset={selectedOffset(r)}
                highlighted={highlighted(r)}
                inIsr={inIsr(r)}
                onOpen={onOpen}
              />
            ))}
            {cursorHeight > 0 && (
              <CursorLane
                topicPartition={name}
                members={members}
                committed={committed}
                highWatermark={partition?.highWatermark ?? -1}
                axis={axis}
                y={lostHeight + replicas.length * ROW.height}
              />
            )}
          </g>
        </svg>
      </div>
    </div>
  );
}

function ReplicaLabel(props: { name: string; replica: ReplicaRecord; inIsr: boolean; highlighted: boolean }) {
  const { name, replica, inIsr, highlighted } = props;
  const { t } = useT();
  const select = useAppStore((s) => s.select);
  const roleKey: MessageKey = `log.role.${replica.role}`;
  const isr = t(inIsr ? 'log.isr.in' : 'log.isr.out');
  return (
    <div
      className={`lane-label replica role-${replica.role}${highlighted ? ' highlighted' : ''}`}
      style={{ height: ROW.height }}
    >
      <button
        type="button"
        aria-pressed={highlighted}
        aria-label={t('log.replica.name', { name, broker: replica.brokerId, role: t(roleKey), isr })}
        onClick={() =>
          select({
            kind: 'replica',
            topic: replica.topic,
            partition: replica.partition,
            brokerId: replica.brokerId,
          })
        }
      >
        <span className="broker">{t('log.replica.broker', { broker: replica.brokerId })}</span>
        <span className="badges">
          <span className={`badge role ${replica.role}`}>{t(roleKey)}</span>
          <span className={`badge isr ${inIsr ? 'in' : 'out'}`}>{isr}</span>
        </span>
      </button>
      <span className="lane-offsets">{t('log.replica.start', { start: replica.logStartOffset })}</span>
      <span className="lane-offsets">
        {t('log.replica.ends', { hw: replica.highWatermark, leo: replica.logEndOffset })}
      </span>
    </div>
  );
}

/** Keeps the scroll at the right end (where records arrive) unless the user scrolled away from it. */
function useStickToEnd(ref: RefObject<HTMLDivElement | null>, contentWidth: number): void {
  const stick = useRef(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const onScroll = () => {
      stick.current = el.scrollLeft + el.clientWidth >= el.scrollWidth - 8;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    // Only when the drawing is wider than its box: reading scrollWidth forces a layout.
    if (el === null || !stick.current || contentWidth <= el.clientWidth) return;
    el.scrollLeft = el.scrollWidth;
  }, [ref, contentWidth]);
}
