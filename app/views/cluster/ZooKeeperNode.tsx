// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: Biome counts every SVG element as focusable; only those with tabIndex are
/**
 * ZooKeeper as a node above the brokers, with a line for each live session (a broker registered under
 * `/brokers/ids`). A session whose two ends cannot talk (ZooKeeper or the broker isolated) is dashed:
 * it is still alive in ZooKeeper's eyes until its timeout expires it.
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { brokerViewId, ZOOKEEPER_ID } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import type { AppState } from '../../store/store';
import type { Box } from './cluster-geometry';
import { zookeeperLabel } from './cluster-labels';
import { selectSelectedMessage } from './cluster-selectors';
import { isMessageEnd } from './highlight';
import { svgButton } from './svg-button';

const selectZooKeeperShape = (s: AppState) => {
  const zk = recordOf(s, 'zookeeper', ZOOKEEPER_ID);
  if (zk === undefined) return null;
  return { isolated: zk.isolated, sessions: [...zk.sessions].sort((a, b) => a - b).join(',') };
};

/** Broker ids that are isolated, comma-joined (their session lines are dashed). */
const selectIsolatedBrokers = (s: AppState) =>
  [...(s.kinds.broker?.values() ?? [])]
    .filter((b) => b.status === 'isolated')
    .map((b) => b.brokerId)
    .join(',');

export const ZooKeeperNode = memo(function ZooKeeperNode({
  box,
  brokers,
}: {
  box: Box;
  brokers: ReadonlyMap<number, Box>;
}) {
  const { t } = useT();
  const store = useAppStoreApi();
  const zk = useAppStore(useShallow(selectZooKeeperShape));
  const isolatedBrokers = useAppStore(selectIsolatedBrokers);
  const selected = useAppStore((s) => s.selection?.kind === 'zookeeper');
  const messageEnd = useAppStore((s) => isMessageEnd(s.selection, 'zookeeper', selectSelectedMessage(s)));
  if (zk === null) return null;

  const sessions = zk.sessions === '' ? [] : zk.sessions.split(',').map(Number);
  const cut = new Set(isolatedBrokers === '' ? [] : isolatedBrokers.split(',').map(Number));
  const fromX = box.x + box.width / 2;
  const fromY = box.y + box.height;
  const button = svgButton(
    zookeeperLabel(t, { isolated: zk.isolated, sessions }),
    () => store.getState().select({ kind: 'zookeeper' }),
    { pressed: selected },
  );
  return (
    <g className="zookeeper">
      <g className="zk-sessions" aria-hidden="true">
        {sessions.map((id) => {
          const b = brokers.get(id);
          if (!b) return null;
          const dashed = zk.isolated || cut.has(id);
          return (
            <line
              key={brokerViewId(id)}
              className={dashed ? 'zk-session zk-session--cut' : 'zk-session'}
              x1={fromX}
              y1={fromY}
              x2={b.x + b.width / 2}
              y2={b.y}
            />
          );
        })}
      </g>
      <g
        className={`zk-node${zk.isolated ? ' zk--isolated' : ''}${selected ? ' rel-selected' : ''}${messageEnd ? ' message-end' : ''}`}
        transform={`translate(${box.x},${box.y})`}
        {...button}
      >
        <rect className="zk-box" width={box.width} height={box.height} rx={box.height / 2} />
        <text className="zk-title" x={box.width / 2} y={18}>
          {t('cluster.zk.name')}
        </text>
        <text className="zk-state" x={box.width / 2} y={36}>
          {zk.isolated
            ? `${t('cluster.glyph.isolated')} ${t('cluster.zk.isolated')}`
            : t('cluster.zk.sessions', { n: sessions.length })}
        </text>
      </g>
    </g>
  );
});
