/**
 * The cluster view's bar: its title, the topic-centric / broker-centric switch (store `layout`), which
 * kinds of messages are drawn in flight, and the legend of symbols and arcs.
 */
import type { Dispatch, SetStateAction } from 'react';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import type { ClusterLayout } from '../../store/ui-slice';
import { MESSAGE_CATEGORIES, type MessageCategory } from './message-placement';

const LAYOUTS: readonly { value: ClusterLayout; key: MessageKey }[] = [
  { value: 'topic', key: 'cluster.layout.topic' },
  { value: 'broker', key: 'cluster.layout.broker' },
];

const LEGEND: readonly MessageKey[] = [
  'cluster.legend.leader',
  'cluster.legend.follower',
  'cluster.legend.outOfSync',
  'cluster.legend.offline',
  'cluster.legend.epoch',
  'cluster.legend.lagArc',
  'cluster.legend.retentionArc',
  'cluster.legend.messages',
];

export function ClusterToolbar({
  shown,
  setShown,
}: {
  shown: ReadonlySet<MessageCategory>;
  setShown: Dispatch<SetStateAction<ReadonlySet<MessageCategory>>>;
}) {
  const { t } = useT();
  const store = useAppStoreApi();
  const layout = useAppStore((s) => s.layout);
  const flip = (category: MessageCategory) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  return (
    <div className="cluster-bar">
      <h2 id="cluster-title">{t('cluster.title')}</h2>
      <fieldset className="cluster-layout-switch">
        <legend className="cluster-visually-hidden">{t('cluster.layout')}</legend>
        {LAYOUTS.map((l) => (
          <button
            key={l.value}
            type="button"
            aria-pressed={layout === l.value}
            onClick={() => store.getState().setLayout(l.value)}
          >
            {t(l.key)}
          </button>
        ))}
      </fieldset>
      <details className="cluster-filter">
        <summary>{t('cluster.messages.filter')}</summary>
        <fieldset>
          <legend className="cluster-visually-hidden">{t('cluster.messages.filter')}</legend>
          {MESSAGE_CATEGORIES.map((c) => (
            <label key={c} className={`msg-swatch-label msg--${c}`}>
              <input type="checkbox" checked={shown.has(c)} onChange={() => flip(c)} />
              <svg width="14" height="14" aria-hidden="true">
                <circle className="msg-dot" cx="7" cy="7" r="6" />
              </svg>
              {t(`cluster.messages.category.${c}`)}
            </label>
          ))}
        </fieldset>
      </details>
      <details className="cluster-legend">
        <summary>{t('cluster.legend')}</summary>
        <ul>
          {LEGEND.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
