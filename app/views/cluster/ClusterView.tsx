/**
 * The cluster drawn whole (view 1, with the in-flight messages of view 10): ZooKeeper, brokers and
 * clients in a network strip that stays in view, and under it every replica, topic-centric (a row per
 * partition) or broker-centric (a box per broker). Selecting anything highlights what belongs to it
 * here and in every other view; the actions for the selection sit under the drawing.
 */
import './cluster.css';
import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectTopics } from '../../store/selectors';
import { useWidth } from '../use-width';
import { BrokerLayout } from './BrokerLayout';
import { ClusterActions } from './ClusterActions';
import { ClusterToolbar } from './ClusterToolbar';
import { useClientRoster } from './client-roster';
import { collapsedByDefault, layoutColumns, layoutStrip } from './cluster-geometry';
import { parseIds, selectBrokerIdsKey, selectSelectionCss } from './cluster-selectors';
import { MESSAGE_CATEGORIES, type MessageCategory } from './message-placement';
import { NetworkStrip } from './NetworkStrip';
import { TopicLayout } from './TopicLayout';
import { useWatchSelectedPartition } from './use-watch-selected';

export function ClusterView() {
  const { t } = useT();
  useWatchSelectedPartition();
  const layout = useAppStore((s) => s.layout);
  const brokerKey = useAppStore(selectBrokerIdsKey);
  const brokerIds = useMemo(() => parseIds(brokerKey), [brokerKey]);
  const topics = useAppStore(useShallow(selectTopics));
  const clients = useClientRoster();
  const [canvasRef, width] = useWidth<HTMLDivElement>(960);
  const columns = useMemo(() => layoutColumns(width, brokerIds, layout), [width, brokerIds, layout]);
  const strip = useMemo(() => layoutStrip(columns, brokerIds, clients), [columns, brokerIds, clients]);

  // Internal topics (`__consumer_offsets`) and topics past the open budget start collapsed; the
  // user's toggles win.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const byDefault = useMemo(() => collapsedByDefault(topics), [topics]);
  const isCollapsed = useCallback(
    (topic: string) => toggled.get(topic) ?? byDefault.has(topic),
    [toggled, byDefault],
  );
  const toggle = useCallback(
    (topic: string) =>
      setToggled((prev) => new Map(prev).set(topic, !(prev.get(topic) ?? byDefault.has(topic)))),
    [byDefault],
  );
  const [shown, setShown] = useState<ReadonlySet<MessageCategory>>(() => new Set(MESSAGE_CATEGORIES));

  const body =
    layout === 'topic' ? (
      <TopicLayout
        topics={topics}
        columns={columns}
        brokerIds={brokerIds}
        isCollapsed={isCollapsed}
        toggle={toggle}
      />
    ) : (
      <BrokerLayout
        topics={topics}
        columns={columns}
        brokerIds={brokerIds}
        isCollapsed={isCollapsed}
        toggle={toggle}
      />
    );
  return (
    <section className="panel cluster" aria-labelledby="cluster-title">
      <SelectionStyle />
      <ClusterToolbar shown={shown} setShown={setShown} />
      <div className="cluster-canvas" ref={canvasRef}>
        <div className="cluster-inner" style={{ width: columns.totalWidth }}>
          <NetworkStrip
            columns={columns}
            strip={strip}
            brokerIds={brokerIds}
            shown={shown}
            showSummaryTitles={layout === 'topic'}
          />
          <section className="cluster-body-scroll" aria-label={t('cluster.replicas')}>
            {body}
          </section>
        </div>
      </div>
      <ClusterActions />
    </section>
  );
}

/** The selection's highlight as one stylesheet: a click re-renders this, not 1,350 cells. */
function SelectionStyle() {
  const css = useAppStore(selectSelectionCss);
  return <style>{css}</style>;
}
