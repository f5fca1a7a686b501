/**
 * Where records are landing: per partition of the topic, the share of LEO growth over the last few
 * (wall) seconds, beside the share murmur2 predicts for the chosen key distribution — the hot key's
 * partition stands out. Samples the store on a timer (not per patch), so a 5,000 records/s flow costs
 * this panel one render a second.
 */
import { useEffect, useMemo, useState } from 'react';
import type { KeyDistribution } from '../../../engine/view/types';
import { partitionViewId } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { expectedShares, HOT_KEY, type Landing, landingShares, partitionOfKey } from './auto-produce-model';
import { selectTopicRecord } from './clients-selectors';

const SAMPLE_MS = 1000;
/** Samples kept: the bars compare now with this many seconds ago. */
const WINDOW = 5;
/** Partitions drawn at most (a 50-partition topic still fits; more would not be readable). */
const MAX_BARS = 60;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function LandingBars({ topic, distribution }: { topic: string; distribution: KeyDistribution }) {
  const { t } = useT();
  const store = useAppStoreApi();
  const partitionCount = useAppStore((s) => selectTopicRecord(topic)(s)?.partitionCount ?? 0);
  const [landing, setLanding] = useState<{ shares: Landing[]; total: number; seconds: number } | null>(null);

  useEffect(() => {
    setLanding(null);
    if (partitionCount === 0) return;
    const read = (): number[] => {
      const state = store.getState();
      return Array.from({ length: partitionCount }, (_, p) =>
        Math.max(0, recordOf(state, 'partition', partitionViewId(topic, p))?.logEndOffset ?? 0),
      );
    };
    const samples: number[][] = [read()];
    const timer = setInterval(() => {
      samples.push(read());
      if (samples.length > WINDOW + 1) samples.shift();
      const shares = landingShares(samples[0] ?? [], samples[samples.length - 1] ?? []);
      setLanding({ shares, total: shares.reduce((a, l) => a + l.delta, 0), seconds: samples.length - 1 });
    }, SAMPLE_MS);
    return () => clearInterval(timer);
  }, [store, topic, partitionCount]);

  // Keyed by value: the autoProduce record (and its distribution object) is replaced every frame as
  // its counters move, and hashing a thousand keys per frame would cost more than the whole panel.
  const distributionKey = JSON.stringify(distribution);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `distribution` is keyed by its value above
  const expected = useMemo(
    () => expectedShares(distribution, partitionCount),
    [distributionKey, partitionCount],
  );
  const hotPartition =
    distribution.kind === 'hot-key' && partitionCount > 0 ? partitionOfKey(HOT_KEY, partitionCount) : null;
  if (partitionCount === 0) return null;

  return (
    <section className="landing" aria-labelledby="landing-title">
      <h4 id="landing-title">{t('clients.landing.title', { topic })}</h4>
      <p className="hint" aria-live="off">
        {landing === null
          ? t('clients.landing.measuring')
          : landing.total === 0
            ? t('clients.landing.nothing', { s: landing.seconds })
            : t('clients.landing.total', { n: landing.total, s: landing.seconds })}
      </p>
      {hotPartition !== null && (
        <p className="hint">
          {t('clients.landing.hotKey', { key: HOT_KEY, partition: `${topic}-${hotPartition}` })}
        </p>
      )}
      <ul className="landing-bars">
        {Array.from({ length: Math.min(partitionCount, MAX_BARS) }, (_, p) => {
          const observed = landing?.shares[p]?.share ?? 0;
          const want = expected?.[p];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the index is the partition number
            <li key={p} className={p === hotPartition ? 'landing-bar is-hot' : 'landing-bar'}>
              <span className="mono landing-name">{`${topic}-${p}`}</span>
              <span className="landing-track" aria-hidden="true">
                <span className="landing-fill" style={{ width: percent(observed) }} />
                {want !== undefined && <span className="landing-expected" style={{ left: percent(want) }} />}
              </span>
              <span className="landing-text">
                {want === undefined
                  ? t('clients.landing.share', { share: percent(observed) })
                  : t('clients.landing.shareExpected', { share: percent(observed), expected: percent(want) })}
                {p === hotPartition && (
                  <>
                    {' '}
                    <strong>{t('clients.landing.hotMark')}</strong>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {expected === null && <p className="hint">{t('clients.landing.noExpectation')}</p>}
    </section>
  );
}
