/**
 * "What just happened", always above the side tabs: the last request's outcome in Kafka's words (where
 * the record was stored, or e.g. NOT_ENOUGH_REPLICAS and why), then the latest deletions, elections,
 * ISR shrinks and losses, each with the rule or numbers behind it. Newest first, a handful of items.
 */
import { useMemo } from 'react';
import { partitionViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { formatSimTime, formatSimTimeShort, isoTime } from '../../format';
import { useT } from '../../i18n/use-t';
import { recordOf, selectKind } from '../../store/selectors';
import type { Selection } from '../../store/ui-slice';
import { selectNewestSend, selectTopicRecord } from './insight-selectors';
import { describeWhat, type WhatItem, whatHappenedItems } from './what-happened';
import './insight.css';

/** Tag shapes, so the kind shows without colour too. */
const TAG_MARK: Readonly<Record<WhatItem['kind'], string>> = {
  send: '→',
  deletion: '✂',
  election: '★',
  isr: '⇣',
  offline: '⊘',
  lost: '!',
};

export function WhatHappened() {
  const { t, lang } = useT();
  const events = useAppStore(selectKind('event'));
  const send = useAppStore(selectNewestSend);
  const topic = useAppStore(selectTopicRecord(send?.topic ?? ''));
  const partition = useAppStore((s) =>
    send && send.partition >= 0
      ? recordOf(s, 'partition', partitionViewId(send.topic, send.partition))
      : undefined,
  );
  const select = useAppStore((s) => s.select);
  const items = useMemo(() => whatHappenedItems([...events.values()], send), [events, send]);

  return (
    <section className="panel insight-what" aria-labelledby="insight-what-title">
      <h2 id="insight-what-title">{t('insight.what.title')}</h2>
      {items.length === 0 ? (
        <p className="hint">{t('insight.what.empty')}</p>
      ) : (
        <ol className="what-list">
          {items.map((item) => {
            const text = describeWhat(lang, item, { topic, partition });
            const subject = subjectOf(item);
            return (
              <li key={itemKey(item)} className={`what-item what-${item.kind}`}>
                <span className="what-tag">
                  <span aria-hidden="true">{TAG_MARK[item.kind]}</span> {text.tag}
                </span>
                <time dateTime={isoTime(item.atMs)} title={formatSimTime(lang, item.atMs)}>
                  {formatSimTimeShort(lang, item.atMs)}
                </time>
                <button type="button" className="what-headline" onClick={() => select(subject)}>
                  {text.headline}
                </button>
                {text.detail && <p className="what-detail">{text.detail}</p>}
                {text.kafkaText && (
                  <p className="what-kafka mono" lang="en" title={t('insight.what.kafkaText')}>
                    {text.kafkaText}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function subjectOf(item: WhatItem): Selection {
  switch (item.kind) {
    case 'send':
      return item.send.partition >= 0
        ? { kind: 'partition', topic: item.send.topic, partition: item.send.partition }
        : { kind: 'topic', topic: item.send.topic };
    case 'deletion':
      return { kind: 'partition', topic: item.event.topic, partition: item.event.partition };
    case 'election':
    case 'isr': {
      const e = item.events[0];
      return e ? { kind: 'partition', topic: e.topic, partition: e.partition } : { kind: 'zookeeper' };
    }
    case 'offline':
    case 'lost':
      return { kind: 'partition', topic: item.event.topic, partition: item.event.partition };
  }
}

function itemKey(item: WhatItem): string {
  switch (item.kind) {
    case 'send':
      return item.send.id;
    case 'deletion':
      return `deletion/${item.event.topic}-${item.event.partition}/${item.event.baseOffset}/${item.event.reason.kind}`;
    case 'election':
    case 'isr':
      return `${item.kind}/${item.atMs}/${item.events.length}/${item.events[0]?.topic}-${item.events[0]?.partition}`;
    case 'offline':
    case 'lost':
      return `${item.kind}/${item.atMs}/${item.event.topic}-${item.event.partition}`;
  }
}
