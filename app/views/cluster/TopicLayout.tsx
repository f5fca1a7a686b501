// biome-ignore-all lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; role=group keeps its named buttons in the accessibility tree
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: Biome counts every SVG element as focusable; only those with tabIndex are
// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG element as interactive; these are drawings with a name
/**
 * Topic-centric layout: a header row per topic (collapsible; per broker, how many of its replicas and
 * leaders sit there), then a row per partition with a cell under each broker holding a replica, and
 * on the right the leader epoch, the ISR, the out-of-sync set (replicas − ISR: an empty cell when
 * healthy) and the under-replicated / offline flags. Rows and cells carry data attributes that the
 * selection's stylesheet (selection-css.ts) highlights.
 */
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TopicRecord } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import {
  type Columns,
  fitText,
  fitTopicPartition,
  layoutTopicRows,
  SUMMARY_COLUMNS,
} from './cluster-geometry';
import { partitionLabel } from './cluster-labels';
import {
  selectPartitionPressed,
  selectPartitionShape,
  selectTopicOnBroker,
  selectTopicTrouble,
} from './cluster-selectors';
import { epochColour, inkOn } from './epoch-colour';
import { ReplicaCell } from './ReplicaCell';
import { svgButton } from './svg-button';

export interface TopicsProps {
  readonly topics: readonly TopicRecord[];
  readonly columns: Columns;
  readonly brokerIds: readonly number[];
  readonly isCollapsed: (topic: string) => boolean;
  readonly toggle: (topic: string) => void;
}

export function TopicLayout({ topics, columns, brokerIds, isCollapsed, toggle }: TopicsProps) {
  const { t } = useT();
  const { rows, height } = useMemo(() => layoutTopicRows(topics, isCollapsed), [topics, isCollapsed]);
  const byName = useMemo(() => new Map(topics.map((topic) => [topic.name, topic])), [topics]);
  return (
    <svg
      className="cluster-body"
      width={columns.totalWidth}
      height={height}
      role="group"
      aria-label={t('cluster.drawing')}
    >
      {rows.map((row) => {
        const topic = byName.get(row.topic);
        if (!topic) return null;
        return row.kind === 'topic' ? (
          <TopicHeader
            key={`t:${row.topic}`}
            topic={topic}
            y={row.y}
            height={row.height}
            columns={columns}
            brokerIds={brokerIds}
            collapsed={isCollapsed(row.topic)}
            toggle={toggle}
          />
        ) : (
          <PartitionRow
            key={`p:${row.topic}-${row.partition}`}
            topic={row.topic}
            partition={row.partition}
            y={row.y}
            height={row.height}
            columns={columns}
          />
        );
      })}
    </svg>
  );
}

export const TopicHeader = memo(function TopicHeader(props: {
  topic: TopicRecord;
  y: number;
  height: number;
  columns: Columns;
  brokerIds: readonly number[];
  collapsed: boolean;
  toggle: (topic: string) => void;
}) {
  const { topic, y, height, columns, brokerIds, collapsed, toggle } = props;
  const { t } = useT();
  const store = useAppStoreApi();
  const trouble = useAppStore(selectTopicTrouble(topic.name));
  const selected = useAppStore((s) => s.selection?.kind === 'topic' && s.selection.topic === topic.name);
  const [urp = 0, offline = 0] = trouble.split('/').map(Number);
  const disclosure = svgButton(
    t(collapsed ? 'cluster.topic.expand' : 'cluster.topic.collapse', { topic: topic.name }),
    () => toggle(topic.name),
    { expanded: !collapsed },
  );
  const name = svgButton(
    t('cluster.topic.select', { topic: topic.name }),
    () => store.getState().select({ kind: 'topic', topic: topic.name }),
    { pressed: selected },
  );
  const summary = [
    t('cluster.topic.summary', { partitions: topic.partitionCount, rf: topic.replicationFactor }),
    ...(topic.internal ? [t('cluster.topic.internal')] : []),
  ].join(' · ');
  return (
    <g className={`topic-row${selected ? ' rel-selected' : ''}`} transform={`translate(0,${y})`}>
      <rect className="topic-row-bg" width={columns.totalWidth} height={height} />
      <g className="disclosure" transform={`translate(4,${height / 2 - 11})`} {...disclosure}>
        <rect width={22} height={22} rx={4} />
        <text x={11} y={11}>
          {t(collapsed ? 'cluster.glyph.expand' : 'cluster.glyph.collapse')}
        </text>
      </g>
      <g className="topic-name" transform={`translate(30,0)`} {...name}>
        <rect width={columns.labelWidth - 34} height={height} className="hit" />
        <text x={2} y={height / 2}>
          {fitText(topic.name, columns.labelWidth - 40)}
        </text>
      </g>
      {brokerIds.map((id) => (
        <TopicOnBroker
          key={id}
          topic={topic.name}
          brokerId={id}
          x={columns.columnX.get(id) ?? 0}
          width={columns.columnWidth}
          height={height}
        />
      ))}
      <text className="topic-summary" x={columns.summaryX + 8} y={height / 2}>
        {summary}
        {urp + offline > 0 && (
          <tspan className="topic-trouble" dx={8}>
            {t('cluster.topic.trouble', { urp, offline })}
          </tspan>
        )}
      </text>
    </g>
  );
});

/** How many of a topic's replicas and leaders one broker holds. */
const TopicOnBroker = memo(function TopicOnBroker(props: {
  topic: string;
  brokerId: number;
  x: number;
  width: number;
  height: number;
}) {
  const { topic, brokerId, x, width, height } = props;
  const { t } = useT();
  const counts = useAppStore(selectTopicOnBroker(topic, brokerId));
  if (counts === '') return null;
  const [leaders = 0, replicas = 0] = counts.split('/').map(Number);
  return (
    <text
      className="topic-count"
      x={x + width / 2}
      y={height / 2}
      role="img"
      aria-label={t('cluster.topic.brokerCount', { topic, id: brokerId, leaders, replicas })}
    >
      {t('cluster.topic.brokerCountShort', { leaders, replicas })}
    </text>
  );
});

export const PartitionRow = memo(function PartitionRow(props: {
  topic: string;
  partition: number;
  y: number;
  height: number;
  columns: Columns;
}) {
  const { topic, partition, y, height, columns } = props;
  const { t } = useT();
  const store = useAppStoreApi();
  const p = useAppStore(useShallow(selectPartitionShape(topic, partition)));
  const pressed = useAppStore(selectPartitionPressed(topic, partition));
  if (p === null) return null;
  const replicas = p.replicas === '' ? [] : p.replicas.split(',').map(Number);
  const isr = p.isr === '' ? [] : p.isr.split(',').map(Number);
  const outOfSync = p.outOfSync === '' ? [] : p.outOfSync.split(',').map(Number);
  const name = `${topic}-${partition}`;
  const label = partitionLabel(t, {
    topic,
    partition,
    leader: p.leader,
    isr,
    outOfSync,
    underReplicated: p.underReplicated,
    offline: p.offline,
  });
  const button = svgButton(label, () => store.getState().select({ kind: 'partition', topic, partition }), {
    pressed,
  });
  const c = SUMMARY_COLUMNS;
  const sx = columns.summaryX;
  const mid = height / 2;
  const cellPad = 4;
  return (
    <g
      className="partition-row"
      data-tp={name}
      data-topic={topic}
      data-replicas={` ${replicas.join(' ')} `}
      transform={`translate(0,${y})`}
    >
      <rect className="partition-row-bg" width={columns.totalWidth} height={height} />
      <g className="partition-name" {...button}>
        <rect className="hit" x={26} width={columns.labelWidth - 30} height={height} />
        <text x={34} y={mid}>
          {fitTopicPartition(topic, partition, columns.labelWidth - 38)}
        </text>
      </g>
      {replicas.map((brokerId) => {
        const x = columns.columnX.get(brokerId);
        if (x === undefined) return null;
        return (
          <ReplicaCell
            key={brokerId}
            topic={topic}
            partition={partition}
            brokerId={brokerId}
            x={x + cellPad}
            y={2}
            width={columns.columnWidth - 2 * cellPad}
            height={height - 4}
            variant="cell"
          />
        );
      })}
      <g className="row-summary" aria-hidden="true">
        <g className="epoch-badge" transform={`translate(${sx + 8},${mid})`}>
          <rect y={-9} width={c.epoch - 16} height={18} rx={9} style={{ fill: epochColour(p.leaderEpoch) }} />
          <text x={(c.epoch - 16) / 2} style={{ fill: inkOn(epochColour(p.leaderEpoch)) }}>
            {p.leaderEpoch}
          </text>
        </g>
        <text className="isr-list" x={sx + c.epoch + 8} y={mid}>
          {isr.join(', ')}
        </text>
        <text className="oos-list" x={sx + c.epoch + c.isr + 8} y={mid}>
          {outOfSync.length > 0 ? `${t('cluster.glyph.outOfSync')} ${outOfSync.join(', ')}` : ''}
        </text>
        <text
          className={p.offline ? 'flag flag--offline' : 'flag flag--urp'}
          x={sx + c.epoch + c.isr + c.outOfSync + 8}
          y={mid}
        >
          {p.offline ? t('cluster.flag.offline') : p.underReplicated ? t('cluster.flag.underReplicated') : ''}
        </text>
      </g>
    </g>
  );
});
