// biome-ignore-all lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; role=group keeps its named buttons in the accessibility tree
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: Biome counts every SVG element as focusable; only those with tabIndex are
// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG element as interactive; these are drawings with a name
/**
 * The network strip above the replicas: ZooKeeper with its sessions, the brokers heading their
 * columns, the clients in the left column, and the messages travelling between them (the in-flight
 * layer, drawn last so dots sit on top). It stays in view while the replicas below scroll.
 */
import { memo } from 'react';
import { useT } from '../../i18n/use-t';
import { BrokerNode } from './BrokerNode';
import { type Columns, type StripLayout, SUMMARY_COLUMNS } from './cluster-geometry';
import { InFlightLayer } from './InFlightLayer';
import type { MessageCategory } from './message-placement';
import { ZooKeeperNode } from './ZooKeeperNode';

export function SvgPatterns() {
  return (
    <defs>
      <pattern
        id="cluster-hatch-stopped"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" className="hatch-bg-stopped" />
        <line x1="0" y1="0" x2="0" y2="8" className="hatch-line-stopped" />
      </pattern>
      <pattern
        id="cluster-hatch-behind"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="hatch-bg-behind" />
        <line x1="0" y1="0" x2="0" y2="6" className="hatch-line-behind" />
      </pattern>
    </defs>
  );
}

export const NetworkStrip = memo(function NetworkStrip({
  columns,
  strip,
  brokerIds,
  shown,
  showSummaryTitles,
}: {
  columns: Columns;
  strip: StripLayout;
  brokerIds: readonly number[];
  shown: ReadonlySet<MessageCategory>;
  showSummaryTitles: boolean;
}) {
  const { t } = useT();
  return (
    <svg
      className="cluster-strip"
      width={columns.totalWidth}
      height={strip.height}
      role="group"
      aria-label={t('cluster.network')}
    >
      <SvgPatterns />
      <ZooKeeperNode box={strip.zookeeper} brokers={strip.brokers} />
      {brokerIds.map((id) => {
        const box = strip.brokers.get(id);
        return box ? <BrokerNode key={id} brokerId={id} box={box} /> : null;
      })}
      {strip.clients.map((c) => (
        <g key={c.name} className="client-node" transform={`translate(${c.box.x},${c.box.y})`}>
          <rect width={c.box.width} height={c.box.height} rx={6} />
          <text x={c.box.width / 2} y={c.box.height / 2}>
            {c.name}
          </text>
        </g>
      ))}
      {strip.hiddenClientsBox && (
        <g
          className="client-node client-node--more"
          transform={`translate(${strip.hiddenClientsBox.x},${strip.hiddenClientsBox.y})`}
          role="img"
          aria-label={t('cluster.client.more', { n: strip.hiddenClients.length })}
        >
          <rect width={strip.hiddenClientsBox.width} height={strip.hiddenClientsBox.height} rx={6} />
          <text x={strip.hiddenClientsBox.width / 2} y={strip.hiddenClientsBox.height / 2}>
            {t('cluster.glyph.more', { n: strip.hiddenClients.length })}
          </text>
        </g>
      )}
      {showSummaryTitles && <SummaryTitles x={columns.summaryX} y={strip.height - 10} />}
      <InFlightLayer anchors={strip.anchors} shown={shown} />
    </svg>
  );
});

/** Titles of the topic-centric layout's right-hand columns, at the bottom of the strip. */
function SummaryTitles({ x, y }: { x: number; y: number }) {
  const { t } = useT();
  const c = SUMMARY_COLUMNS;
  return (
    <g className="summary-titles" aria-hidden="true" transform={`translate(${x},${y})`}>
      <text x={8}>{t('cluster.col.epoch')}</text>
      <text x={c.epoch + 8}>{t('cluster.col.isr')}</text>
      <text x={c.epoch + c.isr + 8}>{t('cluster.col.outOfSync')}</text>
      <text x={c.epoch + c.isr + c.outOfSync + 8}>{t('cluster.col.flags')}</text>
    </g>
  );
}
