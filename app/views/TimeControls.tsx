/** Jumps of simulated time (so retention can be watched) and the reset button. */

import { useAppStore, useAppStoreApi, useEngine } from '../bridge/context';
import { EngineError } from '../bridge/engine-client';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

const JUMPS: readonly { readonly ms: number; readonly label: MessageKey }[] = [
  { ms: 60_000, label: 'time.plus1m' },
  { ms: 3_600_000, label: 'time.plus1h' },
  { ms: 7 * 86_400_000, label: 'time.plus7d' },
];

export function TimeControls() {
  const { t } = useT();
  const engine = useEngine();
  const store = useAppStoreApi();
  const busy = useAppStore((s) => s.inFlight > 0);

  async function run(action: () => Promise<unknown>) {
    store.getState().clearError();
    try {
      await action();
    } catch (e) {
      store
        .getState()
        .showError(
          e instanceof EngineError
            ? { code: e.code, message: e.message }
            : { code: 'INTERNAL', message: String(e) },
        );
    }
  }

  return (
    <section className="panel time" aria-label={t('time.title')}>
      <h2>{t('time.title')}</h2>
      <div className="buttons">
        {JUMPS.map((j) => (
          <button
            key={j.label}
            type="button"
            disabled={busy}
            aria-label={t('time.advanceBy', { amount: t(j.label) })}
            onClick={() => run(() => engine.advanceTime(j.ms))}
          >
            {t(j.label)}
          </button>
        ))}
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-label={t('time.resetLabel')}
          onClick={() =>
            run(async () => {
              await engine.reset();
              const s = store.getState();
              s.setLastProducedOffset(null);
              s.setPageAnchor('latest');
            })
          }
        >
          {t('time.reset')}
        </button>
      </div>
    </section>
  );
}
