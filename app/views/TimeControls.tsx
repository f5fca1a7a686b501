/**
 * The time bar: play / pause / step, a logarithmic speed slider read in plain words, jumps (+1 min …
 * +7 days), and the timeline slider that rewinds by deterministic replay (dragging pauses; acting
 * while rewound forks a new future). Progress of a jump or replay shows here with a stop button.
 */
import { useEffect, useState } from 'react';
import { useAppStore, useEngine } from '../bridge/context';
import { formatDuration, formatSimTime } from '../format';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { selectAutoProduce, selectClock } from '../store/selectors';
import { jumpAllowed, recordsDuringJump } from './shell/jump-guard';
import { ShortcutHelp } from './shell/ShortcutHelp';
import { positionOf, SLIDER_MAX, SLIDER_MIN, speedAt, speedWords } from './shell/speed';

export const JUMPS: ReadonlyArray<{ readonly ms: number; readonly amount: MessageKey }> = [
  { ms: 60_000, amount: 'time.amount.1m' },
  { ms: 3_600_000, amount: 'time.amount.1h' },
  { ms: 86_400_000, amount: 'time.amount.1d' },
  { ms: 7 * 86_400_000, amount: 'time.amount.7d' },
];

export function TimeControls() {
  const { t, lang } = useT();
  const engine = useEngine();
  const clock = useAppStore(selectClock);
  const auto = useAppStore(selectAutoProduce);
  const [dragMs, setDragMs] = useState<number | null>(null);
  // The speed the user just chose, until the engine's clock record confirms it: key presses that come
  // faster than the round trip then still step from the latest choice, not from the old speed.
  const [chosenSpeed, setChosenSpeed] = useState<number | null>(null);
  const engineSpeed = clock?.speed;
  useEffect(() => {
    if (chosenSpeed !== null && chosenSpeed === engineSpeed) setChosenSpeed(null);
  }, [chosenSpeed, engineSpeed]);
  if (!clock) return null;
  const busy = clock.busyKind !== 'none';
  const rewound = clock.historyEndMs > clock.nowMs && !busy;
  const speed = chosenSpeed !== null && chosenSpeed !== clock.speed ? chosenSpeed : clock.speed;
  const words = speedWords(speed);
  const speedText =
    words.kind === 'same'
      ? t('time.speedSame')
      : words.kind === 'slow'
        ? t('time.speedSlow', { n: words.realSecondsPerSimSecond })
        : t('time.speedFast', { time: formatDuration(lang, words.simMsPerRealSecond) });
  const rate = auto?.ratePerSec ?? 0;
  const togglePlay = () => engine.playback(!clock.playing, clock.speed);
  const span = Math.max(1, clock.historyEndMs - clock.startMs);
  const progress =
    busy && clock.busyUntilMs > 0
      ? Math.round((100 * (clock.nowMs - clock.startMs)) / Math.max(1, clock.busyUntilMs - clock.startMs))
      : 0;

  return (
    <section className="time-bar" aria-label={t('time.title')}>
      <div className="time-buttons">
        <button
          type="button"
          className="primary"
          onClick={togglePlay}
          disabled={busy}
          aria-keyshortcuts="Space"
        >
          {clock.playing ? t('time.pause') : t('time.play')}
        </button>
        <button
          type="button"
          onClick={() => void engine.step().catch(() => {})}
          disabled={busy}
          title={t('time.stepLabel')}
          aria-keyshortcuts="ArrowRight"
        >
          {t('time.step')}
        </button>
        <label className="speed">
          <span>{t('time.speed')}</span>
          <input
            type="range"
            min={SLIDER_MIN}
            max={SLIDER_MAX}
            step={1}
            value={positionOf(speed)}
            aria-valuetext={speedText}
            onChange={(e) => {
              const next = speedAt(Number(e.target.value));
              setChosenSpeed(next);
              engine.playback(clock.playing, next);
            }}
          />
          <output className="speed-words">{speedText}</output>
        </label>
        <fieldset className="jumps">
          <legend className="visually-hidden">{t('time.jumpLabel', { amount: '' })}</legend>
          {JUMPS.map(({ ms, amount }) => {
            const allowed = jumpAllowed(rate, ms);
            const blocked = allowed
              ? undefined
              : t('time.jumpBlocked', {
                  rate,
                  amount: t(amount),
                  count: recordsDuringJump(rate, ms).toLocaleString(lang),
                });
            return (
              <button
                key={ms}
                type="button"
                disabled={busy || !allowed}
                aria-label={t('time.jumpLabel', { amount: t(amount) })}
                aria-description={blocked}
                title={blocked ?? t('time.jumpLabel', { amount: t(amount) })}
                onClick={() => void engine.jump(ms).catch(() => {})}
              >
                {t('time.jump', { amount: t(amount) })}
              </button>
            );
          })}
        </fieldset>
        <ShortcutHelp />
      </div>
      <label className="timeline">
        <span>{t('time.timeline')}</span>
        <input
          type="range"
          min={clock.startMs}
          max={clock.historyEndMs}
          step={1}
          value={dragMs ?? clock.nowMs}
          aria-label={t('time.timelineLabel')}
          aria-valuetext={formatSimTime(lang, dragMs ?? clock.nowMs)}
          disabled={busy || span <= 1}
          onPointerDown={() => engine.playback(false, clock.speed)}
          onChange={(e) => setDragMs(Number(e.target.value))}
          onPointerUp={() => commitSeek()}
          onKeyUp={() => commitSeek()}
          onBlur={() => commitSeek()}
        />
      </label>
      <div className="time-status" role="status">
        {busy && (
          <>
            <span>
              {clock.busyKind === 'replay'
                ? t('status.replaying', { time: formatSimTime(lang, clock.busyUntilMs), pct: progress })
                : t('status.jumping', { time: formatSimTime(lang, clock.busyUntilMs), pct: progress })}
            </span>
            <progress max={100} value={progress} />
            <button type="button" onClick={() => engine.cancel()}>
              {t('time.cancel')}
            </button>
          </>
        )}
        {rewound && <span className="rewound">{t('time.rewound')}</span>}
        {clock.lagging && clock.playing && <span className="lagging">{t('time.lagging')}</span>}
      </div>
    </section>
  );

  function commitSeek() {
    if (dragMs === null || !clock) return;
    const target = dragMs;
    setDragMs(null);
    if (target !== clock.nowMs) void engine.seek(target).catch(() => {});
  }
}
