/**
 * Title, the run's seed and simulated clock (always visible), the preset chooser with "new cluster"
 * and "reset", the save status, and the language switch.
 */
import { useState } from 'react';
import type { PresetName } from '../../engine/view/types';
import { useAppStore, useEngine } from '../bridge/context';
import { formatBytes, formatDuration, formatSimTime, isoTime } from '../format';
import { LANG_NAMES, LANGS } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { selectClock, selectPersistence } from '../store/selectors';

const PRESETS: readonly PresetName[] = ['classroom', 'hot-key', 'retention', 'large'];

export function Header() {
  const { t, lang } = useT();
  const engine = useEngine();
  const clock = useAppStore(selectClock);
  const persistence = useAppStore(selectPersistence);
  const setLang = useAppStore((s) => s.setLang);
  const select = useAppStore((s) => s.select);
  const [preset, setPreset] = useState<PresetName | null>(null);
  const chosen = preset ?? clock?.preset ?? 'classroom';
  const restart = (seed?: number) => {
    select(null);
    void engine.reset(chosen, seed).catch(() => {});
  };
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <dl className="run-facts">
        <div>
          <dt>{t('header.seed')}</dt>
          <dd className="mono" data-testid="seed">
            {clock?.seed ?? '–'}
          </dd>
        </div>
        <div>
          <dt>{t('header.clock')}</dt>
          <dd>
            {clock === undefined ? (
              '–'
            ) : (
              <>
                <time dateTime={isoTime(clock.nowMs)} data-testid="sim-clock">
                  {formatSimTime(lang, clock.nowMs)}
                </time>
                <span className="elapsed">
                  {t('header.elapsed', { time: formatDuration(lang, clock.nowMs - clock.startMs) })}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <div className="run-actions">
        <label>
          <span>{t('header.preset')}</span>
          <select value={chosen} onChange={(e) => setPreset(e.target.value as PresetName)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`preset.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => restart()} title={t('header.newClusterLabel')}>
          {t('header.newCluster')}
        </button>
        <button
          type="button"
          onClick={() => restart(clock?.seed)}
          title={t('header.resetLabel')}
          aria-label={t('header.resetLabel')}
        >
          {t('header.reset')}
        </button>
      </div>
      <p className="save-status" data-testid="save-status">
        {persistence?.notSaved
          ? t(`disk.notSaved.${persistence.notSaved.reason}`)
          : persistence?.lastError
            ? t('disk.failed', { message: persistence.lastError })
            : persistence
              ? `${persistence.restored ? `${t('status.restored')} · ` : ''}${t('disk.saved', {
                  size: formatBytes(lang, persistence.bytesWritten),
                  n: persistence.flushes,
                })}`
              : ''}
      </p>
      <fieldset className="lang-switch">
        <legend className="visually-hidden">{t('header.languageSwitch')}</legend>
        {LANGS.map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
            {LANG_NAMES[l]}
          </button>
        ))}
      </fieldset>
    </header>
  );
}
