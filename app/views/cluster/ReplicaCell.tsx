/**
 * One replica, drawn as a cell (topic-centric row) or a chip (inside a broker's box). Memoised and
 * reading only its own record's shape, so 1,350 of them cost nothing when offsets move. State is shown
 * by shape and text, never colour alone: a leader is filled and starred, an in-sync follower outlined,
 * an out-of-sync one dashed and hatched with ⚠, an offline one grey and crossed. The fill or stripe
 * wears the colour of the newest leader epoch the replica knows; followers carry a countdown arc for
 * `replica.lag.time.max.ms`. Highlighting is by stylesheet (selection-css.ts) on its data attributes,
 * so a click re-renders only the cell whose `aria-pressed` flips.
 */
import { memo } from 'react';
import { replicaViewId } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { arcPath } from './arcs';
import { replicaCellText, replicaLabel } from './cluster-labels';
import { parseReplicaShape, selectReplicaPressed, selectReplicaShapeKey } from './cluster-selectors';
import { epochColour, inkOn } from './epoch-colour';
import { svgButton } from './svg-button';

export interface ReplicaCellProps {
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** `cell`: a row's cell with words; `chip`: the partition number only (broker-centric). */
  readonly variant: 'cell' | 'chip';
}

/** Below this width a cell shows its symbol only. */
const WORDS_MIN_WIDTH = 92;

export const ReplicaCell = memo(function ReplicaCell(props: ReplicaCellProps) {
  const { topic, partition, brokerId, x, y, width, height, variant } = props;
  const { t } = useT();
  const store = useAppStoreApi();
  const shape = parseReplicaShape(
    useAppStore(selectReplicaShapeKey(replicaViewId(topic, partition, brokerId))),
  );
  const pressed = useAppStore(selectReplicaPressed({ topic, partition, brokerId }));
  if (shape === null) return null;

  const outOfSync = shape.role !== 'offline' && !shape.inIsr;
  const state =
    shape.role === 'offline'
      ? 'offline'
      : shape.role === 'leader'
        ? 'leader'
        : outOfSync
          ? 'behind'
          : 'follower';
  const colour = epochColour(shape.epoch);
  const label = replicaLabel(
    t,
    { topic, partition, brokerId, role: shape.role, inIsr: shape.inIsr },
    shape.epoch,
  );
  const button = svgButton(
    label,
    () => store.getState().select({ kind: 'replica', topic, partition, brokerId }),
    { pressed },
  );

  const glyph =
    state === 'leader'
      ? t('cluster.glyph.leader')
      : state === 'behind'
        ? t('cluster.glyph.outOfSync')
        : state === 'offline'
          ? t('cluster.glyph.offline')
          : '';
  const text =
    variant === 'chip'
      ? `${glyph}${partition}`
      : width >= WORDS_MIN_WIDTH
        ? replicaCellText(t, shape)
        : glyph || t('cluster.glyph.follower');
  const filled = state === 'leader';
  const arcR = Math.min(7, height / 2 - 3);
  // Only a follower that has fallen behind shows its countdown: in step, there is nothing to count.
  const showArc = variant === 'cell' && shape.lag > 0 && width >= 56;
  const textX = variant === 'chip' ? width / 2 : showArc ? (width - arcR * 2 - 4) / 2 + 2 : width / 2;

  return (
    <g
      className={`replica replica--${state} replica--${variant}`}
      data-tp={`${topic}-${partition}`}
      data-topic={topic}
      data-broker={brokerId}
      transform={`translate(${x},${y})`}
      {...button}
    >
      <rect
        className="replica-box"
        width={width}
        height={height}
        rx={4}
        style={filled ? { fill: colour } : undefined}
      />
      {!filled && state !== 'offline' && (
        <rect className="replica-epoch" width={4} height={height} rx={1} style={{ fill: colour }} />
      )}
      {state === 'offline' && (
        <path
          className="replica-cross"
          d={`M2,2 L${width - 2},${height - 2} M${width - 2},2 L2,${height - 2}`}
        />
      )}
      <text
        className="replica-text"
        x={textX}
        y={height / 2}
        style={filled ? { fill: inkOn(colour) } : undefined}
      >
        {text}
      </text>
      {showArc && (
        <g
          transform={`translate(${width - arcR - 4},${height / 2})`}
          className={shape.lag > 0.75 ? 'lag lag--near' : 'lag'}
        >
          <circle className="lag-ring" r={arcR} />
          <path className="lag-arc" d={arcPath(0, 0, arcR, shape.lag)} />
        </g>
      )}
    </g>
  );
});
