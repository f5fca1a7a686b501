/**
 * The notable cluster events, newest first, each a sentence with its numbers and its simulated time.
 * Category toggles filter the list; clicking an event selects what it is about (every view highlights
 * it) and "rewind to here" replays the run up to that moment. Events about the current selection are
 * marked.
 */
import { memo, useMemo, useState } from 'react';
import { useAppStore, useAppStoreApi, useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';
import { formatSimTime, formatSimTimeShort, isoTime } from '../../format';
import { useT } from '../../i18n/use-t';
import { selectClock, selectKind, selectSelection } from '../../store/selectors';
import { eventSentence } from './event-sentence';
import {
  EVENT_CATEGORIES,
  type EventCategory,
  eventCategory,
  eventSubject,
  eventTouches,
} from './event-subject';
import { groupRepeats, type TimelineGroup } from './timeline-groups';
import './insight.css';

export function EventTimeline() {
  const { t } = useT();
  const events = useAppStore(selectKind('event'));
  const selection = useAppStore(selectSelection);
  // A jump or replay under way: another rewind waits for it.
  const busy = useAppStore((s) => (selectClock(s)?.busyKind ?? 'none') !== 'none');
  const [hidden, setHidden] = useState<ReadonlySet<EventCategory>>(() => new Set());

  const newestFirst = useMemo(() => [...events.values()].sort((a, b) => b.seq - a.seq), [events]);
  const counts = useMemo(() => {
    const c = new Map<EventCategory, number>();
    for (const e of newestFirst) c.set(eventCategory(e.body), (c.get(eventCategory(e.body)) ?? 0) + 1);
    return c;
  }, [newestFirst]);
  const shown = useMemo(
    () => newestFirst.filter((e) => !hidden.has(eventCategory(e.body))),
    [newestFirst, hidden],
  );
  const groups = useMemo(() => groupRepeats(shown), [shown]);

  const toggle = (category: EventCategory) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });

  return (
    <section className="panel insight-timeline" aria-labelledby="insight-timeline-title">
      <h2 id="insight-timeline-title">{t('insight.timeline.title')}</h2>
      <fieldset className="timeline-filters">
        <legend>{t('insight.timeline.filters')}</legend>
        {EVENT_CATEGORIES.map((category) => (
          <button
            key={category}
            type="button"
            className={`cat-${category}`}
            aria-pressed={!hidden.has(category)}
            onClick={() => toggle(category)}
          >
            {t('insight.timeline.filter', {
              category: t(`insight.cat.${category}`),
              count: counts.get(category) ?? 0,
            })}
          </button>
        ))}
      </fieldset>
      <p className="hint">{t('insight.timeline.hint')}</p>
      {newestFirst.length === 0 ? (
        <p>{t('insight.timeline.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('insight.timeline.emptyFiltered')}</p>
      ) : (
        <>
          <p className="timeline-count" aria-live="off">
            {t('insight.timeline.shown', { shown: shown.length, total: newestFirst.length })}
          </p>
          <ol className="timeline-list" aria-label={t('insight.timeline.list')}>
            {groups.map((group) => (
              <TimelineRow
                key={group.newest.id}
                group={group}
                related={eventTouches(group.newest.body, selection)}
                busy={busy}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface RowProps {
  readonly group: TimelineGroup;
  readonly related: boolean;
  readonly busy: boolean;
}

const TimelineRow = memo(function TimelineRow({ group, related, busy }: RowProps) {
  const { t, lang } = useT();
  const event = group.newest;
  const engine = useEngine();
  const store = useAppStoreApi();
  const category = eventCategory(event.body);
  const subject = eventSubject(event.body);
  const sentence = eventSentence(lang, event);
  const fullTime = formatSimTime(lang, event.atMs);
  const rewind = () => {
    engine.seek(event.atMs).catch((error: unknown) => {
      const shown = error instanceof EngineError ? error : new EngineError('INTERNAL', String(error));
      store.getState().showError({ code: shown.code, message: shown.message });
    });
  };
  return (
    <li className={`timeline-row cat-${category}${related ? ' related' : ''}`}>
      <button
        type="button"
        className="timeline-event"
        disabled={subject === null}
        onClick={() => subject && store.getState().select(subject)}
      >
        <time dateTime={isoTime(event.atMs)} title={fullTime}>
          {formatSimTimeShort(lang, event.atMs)}
        </time>
        <span className="timeline-cat">{t(`insight.cat.${category}`)}</span>
        <span className="timeline-sentence">{sentence}</span>
        {group.count > 1 && (
          <span className="timeline-repeat">
            {t('insight.timeline.repeated', {
              n: group.count,
              since: formatSimTimeShort(lang, group.sinceMs),
            })}
          </span>
        )}
        {related && <span className="timeline-related">● {t('insight.timeline.related')}</span>}
      </button>
      <button
        type="button"
        className="timeline-rewind"
        aria-label={t('insight.timeline.rewindLabel', { time: fullTime })}
        title={t('insight.timeline.rewindLabel', { time: fullTime })}
        disabled={busy}
        onClick={rewind}
      >
        ⟲ {t('insight.timeline.rewind')}
      </button>
    </li>
  );
}, sameRow);

/** Groups are rebuilt whenever an event arrives; a row re-renders only when what it shows changed. */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.group.newest === b.group.newest &&
    a.group.count === b.group.count &&
    a.group.sinceMs === b.group.sinceMs &&
    a.related === b.related &&
    a.busy === b.busy
  );
}
