/** Title, the run's seed and simulated clock, and the language switch. */

import { useAppStore } from '../bridge/context';
import { formatSimTime, isoTime } from '../format';
import { LANG_NAMES, LANGS } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { selectClock } from '../store/selectors';

export function Header() {
  const { t, lang } = useT();
  const clock = useAppStore(selectClock);
  const setLang = useAppStore((s) => s.setLang);
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
              <time dateTime={isoTime(clock.nowMs)} data-testid="sim-clock">
                {formatSimTime(lang, clock.nowMs)}
              </time>
            )}
          </dd>
        </div>
      </dl>
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
