/** The page cache's hits and misses, and how far IndexedDB ("the disk") has caught up. */
import { useAppStore } from '../bridge/context';
import { formatBytes } from '../format';
import { useT } from '../i18n/use-t';
import { selectPageCache, selectPersistence } from '../store/selectors';

export function StatsPanel() {
  const { t, lang } = useT();
  const cache = useAppStore(selectPageCache);
  const disk = useAppStore(selectPersistence);
  return (
    <section className="panel stats" aria-label={`${t('cache.title')} · ${t('disk.title')}`}>
      {cache && (
        <div>
          <h2>{t('cache.title')}</h2>
          <dl className="facts">
            <Fact label={t('cache.hits')} value={String(cache.hits)} testId="cache-hits" />
            <Fact label={t('cache.misses')} value={String(cache.misses)} testId="cache-misses" />
            <Fact
              label={t('cache.resident')}
              value={`${formatBytes(lang, cache.residentBytes)} / ${formatBytes(lang, cache.budgetBytes)}`}
              testId="cache-resident"
            />
          </dl>
        </div>
      )}
      {disk && (
        <div>
          <h2>{t('disk.title')}</h2>
          <dl className="facts">
            <Fact
              label={t('disk.written')}
              value={formatBytes(lang, disk.bytesWritten)}
              testId="disk-written"
            />
            <Fact
              label={t('disk.pending')}
              value={formatBytes(lang, disk.pendingBytes)}
              testId="disk-pending"
            />
            <Fact label={t('disk.flushes')} value={String(disk.flushes)} testId="disk-flushes" />
          </dl>
          {disk.restored && <p className="hint">{t('status.restored')}</p>}
          {disk.notSaved !== null && (
            <p className="warn" role="status" data-testid="disk-not-saved" title={disk.notSaved.detail}>
              {t(`disk.notSaved.${disk.notSaved.reason}`)}
            </p>
          )}
          {disk.lastError !== null && <p className="warn">{t('disk.failed', { message: disk.lastError })}</p>}
        </div>
      )}
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="mono" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
