// biome-ignore-all lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; role=group keeps its named buttons in the accessibility tree
/**
 * Broker-centric layout: each broker's column is a box holding its replicas, grouped by topic, one
 * chip per replica (the partition number, ★ for a leader, ⚠ out of sync, × offline). A collapsed topic
 * is one line with its counts. The box's outline follows the broker's state, like its node above.
 */
import { memo, useMemo } from 'react';
import { brokerViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { fitText, layoutBrokerColumn } from './cluster-geometry';
import {
  parsePlacement,
  selectBrokerPlacementKey,
  selectBrokerRelation,
  selectTopicOnBroker,
} from './cluster-selectors';
import { ReplicaCell } from './ReplicaCell';
import { svgButton } from './svg-button';
import type { TopicsProps } from './TopicLayout';

const selectStatus = (brokerId: number) => (s: AppState) =>
  recordOf(s, 'broker', brokerViewId(brokerId))?.status ?? 'stopped';

/**
 * Every column's height is known only after its layout; the tallest sets the drawing's height, so the
 * columns are laid out here, once per change of any broker's placement.
 */
export function BrokerLayout({ topics, columns, brokerIds, isCollapsed, toggle }: TopicsProps) {
  const { t } = useT();
  const keys = useAppStore((s) => brokerIds.map((id) => selectBrokerPlacementKey(id)(s)).join('\u0000'));
  const order = useMemo(() => new Map(topics.map((topic, i) => [topic.name, i])), [topics]);
  const layouts = useMemo(() => {
    const perBroker = keys.split('\u0000');
    return brokerIds.map((id, i) => {
      const groups = parsePlacement(perBroker[i] ?? '')
        .filter((g) => order.has(g.topic))
        .sort((a, b) => (order.get(a.topic) ?? 0) - (order.get(b.topic) ?? 0))
        .map((g) => ({ ...g, collapsed: isCollapsed(g.topic) }));
      return { brokerId: id, ...layoutBrokerColumn(groups, columns.columnWidth - 12) };
    });
  }, [keys, brokerIds, order, isCollapsed, columns.columnWidth]);
  const height = Math.max(60, ...layouts.map((l) => l.height));
  return (
    <svg
      className="cluster-body"
      width={columns.totalWidth}
      height={height}
      role="group"
      aria-label={t('cluster.drawing')}
    >
      {layouts.map((l) => (
        <BrokerColumn
          key={l.brokerId}
          brokerId={l.brokerId}
          x={(columns.columnX.get(l.brokerId) ?? 0) + 6}
          width={columns.columnWidth - 12}
          height={height}
          items={l.items}
          toggle={toggle}
        />
      ))}
    </svg>
  );
}

const BrokerColumn = memo(function BrokerColumn(props: {
  brokerId: number;
  x: number;
  width: number;
  height: number;
  items: ReturnType<typeof layoutBrokerColumn>['items'];
  toggle: (topic: string) => void;
}) {
  const { brokerId, x, width, height, items, toggle } = props;
  const status = useAppStore(selectStatus(brokerId));
  const relation = useAppStore(selectBrokerRelation(brokerId));
  return (
    <g className={`broker-column broker--${status} rel-${relation}`} transform={`translate(${x},0)`}>
      <rect className="broker-column-box" width={width} height={height} rx={8} />
      {items.map((item) =>
        item.kind === 'topic' ? (
          <ColumnTopic
            key={`t:${item.topic}`}
            topic={item.topic}
            brokerId={brokerId}
            y={item.y}
            width={width}
            collapsed={item.collapsed}
            toggle={toggle}
          />
        ) : (
          <ReplicaCell
            key={`${item.topic}-${item.partition}`}
            topic={item.topic}
            partition={item.partition}
            brokerId={brokerId}
            x={item.x}
            y={item.y}
            width={item.width}
            height={item.height}
            variant="chip"
          />
        ),
      )}
    </g>
  );
});

/** A topic's line inside a broker's box: the disclosure, the name, and the counts when collapsed. */
const ColumnTopic = memo(function ColumnTopic(props: {
  topic: string;
  brokerId: number;
  y: number;
  width: number;
  collapsed: boolean;
  toggle: (topic: string) => void;
}) {
  const { topic, brokerId, y, width, collapsed, toggle } = props;
  const { t } = useT();
  const counts = useAppStore(selectTopicOnBroker(topic, brokerId));
  const [leaders = 0, replicas = 0] = counts.split('/').map(Number);
  const disclosure = svgButton(
    `${t(collapsed ? 'cluster.topic.expand' : 'cluster.topic.collapse', { topic })} (${t('cluster.broker.name', { id: brokerId })})`,
    () => toggle(topic),
    { expanded: !collapsed },
  );
  return (
    <g className="column-topic" transform={`translate(6,${y})`} {...disclosure}>
      <rect className="hit" width={width - 12} height={18} />
      <text y={9}>
        {`${t(collapsed ? 'cluster.glyph.expand' : 'cluster.glyph.collapse')} ${fitText(topic, collapsed ? width - 80 : width - 30)}`}
        {collapsed && (
          <tspan className="column-topic-count" dx={6}>
            {t('cluster.topic.brokerCountShort', { leaders, replicas })}
          </tspan>
        )}
      </text>
    </g>
  );
});
