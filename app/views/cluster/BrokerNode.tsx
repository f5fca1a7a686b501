/**
 * A broker's node at the head of its column: its name, state (by text, symbol and outline: solid when
 * running, hatched grey when stopped, dashed when isolated), the controller's crown, its delay when
 * slowed, its leader and replica counts, and a countdown arc to the next retention check that moves
 * every frame without re-rendering React (d3-timer writes the path).
 */
import { timer } from 'd3-timer';
import { memo, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { brokerViewId } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { formatSimTimeShort } from '../../format';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { arcPath, retentionRemaining } from './arcs';
import { type Box, brokerNodeName, textWidthPx } from './cluster-geometry';
import { brokerLabel, brokerStateText } from './cluster-labels';
import { selectBrokerRelation, selectSelectedMessage } from './cluster-selectors';
import { isMessageEnd } from './highlight';
import { simNowFor } from './sim-now';
import { svgButton } from './svg-button';

const selectBrokerShape = (brokerId: number) => (s: AppState) => {
  const b = recordOf(s, 'broker', brokerViewId(brokerId));
  if (b === undefined) return null;
  return {
    brokerId: b.brokerId,
    status: b.status,
    lastStop: b.lastStop,
    isController: b.isController,
    registered: b.registered,
    slowMs: b.slowMs,
    leaderCount: b.leaderCount,
    replicaCount: b.replicaCount,
    nextRetentionCheckMs: b.nextRetentionCheckMs,
    retentionCheckIntervalMs: b.retentionCheckIntervalMs,
  };
};

/** Below this width the node shows the id and symbols only. */
const COMPACT_WIDTH = 100;

export const BrokerNode = memo(function BrokerNode({ brokerId, box }: { brokerId: number; box: Box }) {
  const { t, lang } = useT();
  const store = useAppStoreApi();
  const b = useAppStore(useShallow(selectBrokerShape(brokerId)));
  const relation = useAppStore(selectBrokerRelation(brokerId));
  const messageEnd = useAppStore((s) =>
    isMessageEnd(s.selection, brokerNodeName(brokerId), selectSelectedMessage(s)),
  );
  if (b === null) return null;

  const compact = box.width < COMPACT_WIDTH;
  const glyph =
    b.status === 'stopped'
      ? t('cluster.glyph.stopped')
      : b.status === 'isolated'
        ? t('cluster.glyph.isolated')
        : t('cluster.glyph.running');
  const button = svgButton(brokerLabel(t, b), () => store.getState().select({ kind: 'broker', brokerId }), {
    pressed: relation === 'selected',
  });
  const arcR = 10;
  // The name when it fits beside the retention arc, else the id alone (nine brokers on a projector).
  const fullTitle = t('cluster.broker.name', { id: brokerId });
  const title = textWidthPx(fullTitle, 15) + 2 * arcR + 20 <= box.width ? fullTitle : String(brokerId);
  const countParams = { leaders: b.leaderCount, replicas: b.replicaCount };
  const fullCounts = t('cluster.broker.counts', countParams);
  const counts =
    !compact && textWidthPx(fullCounts, 12) <= box.width - 16
      ? fullCounts
      : t('cluster.topic.brokerCountShort', countParams);
  const badgeText = compact
    ? t('cluster.glyph.controller')
    : `${t('cluster.glyph.controller')} ${t('cluster.broker.controllerBadge')}`;
  const badgeWidth = textWidthPx(badgeText, 11) + 12;
  const retentionTitle =
    b.nextRetentionCheckMs >= 0
      ? t('cluster.broker.retentionAt', { time: formatSimTimeShort(lang, b.nextRetentionCheckMs) })
      : '';
  return (
    <g
      className={`broker-node broker--${b.status} rel-${relation}${messageEnd ? ' message-end' : ''}`}
      transform={`translate(${box.x},${box.y})`}
      {...button}
    >
      <rect className="broker-box" width={box.width} height={box.height} rx={8} />
      <text className="broker-title" x={8} y={18}>
        {title}
      </text>
      <text className="broker-state" x={8} y={38}>
        {compact ? glyph : `${glyph} ${brokerStateText(t, b)}`}
      </text>
      <text className="broker-counts" x={8} y={56}>
        {counts}
      </text>
      {b.slowMs > 0 && (
        <text className="broker-slow" x={8} y={74}>
          {t('cluster.broker.slow', { ms: b.slowMs })}
        </text>
      )}
      {b.isController && (
        <g className="controller-badge" transform={`translate(8,-9)`}>
          <rect width={badgeWidth} height={16} rx={8} />
          <text x={badgeWidth / 2} y={8}>
            {badgeText}
          </text>
        </g>
      )}
      {b.nextRetentionCheckMs >= 0 && (
        <g className="retention" transform={`translate(${box.width - arcR - 6},${arcR + 6})`}>
          <title>{retentionTitle}</title>
          <circle className="retention-ring" r={arcR} />
          <RetentionArc
            r={arcR}
            nextRetentionCheckMs={b.nextRetentionCheckMs}
            retentionCheckIntervalMs={b.retentionCheckIntervalMs}
          />
        </g>
      )}
    </g>
  );
});

/** The arc's path is written by a d3 timer from the interpolated simulated now, never by React. */
function RetentionArc(props: { r: number; nextRetentionCheckMs: number; retentionCheckIntervalMs: number }) {
  const store = useAppStoreApi();
  const ref = useRef<SVGPathElement>(null);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    const now = simNowFor(store);
    let lastPath = '';
    const tick = timer(() => {
      const path = ref.current;
      if (path === null) return;
      const remaining = retentionRemaining(latest.current, now.at(performance.now()));
      const d = remaining === null ? '' : arcPath(0, 0, latest.current.r, remaining);
      if (d === lastPath) return;
      lastPath = d;
      path.setAttribute('d', d);
    });
    return () => tick.stop();
  }, [store]);
  return <path ref={ref} className="retention-arc" />;
}
