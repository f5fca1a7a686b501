/**
 * The two safety invariants as badges: "no acknowledged record lost" (else red, with the count and the
 * lost offset ranges, which the log view draws as ghosts) and "per-key order kept". A mark and a word
 * carry the state as well as the colour.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectInvariants, selectLostRanges } from '../../store/selectors';
import { tpName } from './insight-format';

export function InvariantBadges() {
  const { t, tn } = useT();
  const invariants = useAppStore(selectInvariants);
  const lost = useAppStore(useShallow(selectLostRanges));
  const select = useAppStore((s) => s.select);
  if (!invariants) return null;
  const lostCount = invariants.acknowledgedButLost;
  const orderViolations = invariants.keyOrderViolations;
  const ranges = [...lost].sort(
    (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || a.fromOffset - b.fromOffset,
  );
  return (
    <section className="invariants" aria-label={t('insight.inv.title')}>
      <ul className="invariant-badges">
        <li className={`invariant ${lostCount === 0 ? 'holds' : 'broken'}`} data-testid="invariant-lost">
          <span className="invariant-mark" aria-hidden="true">
            {lostCount === 0 ? '✓' : '✗'}
          </span>
          <span>{lostCount === 0 ? t('insight.inv.lostOk') : tn('insight.inv.lostBad', lostCount)}</span>
          <span className="invariant-state">
            {t(lostCount === 0 ? 'insight.inv.holds' : 'insight.inv.broken')}
          </span>
          {ranges.length > 0 && (
            <ul className="lost-ranges">
              {ranges.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="link-button mono"
                    onClick={() => select({ kind: 'partition', topic: r.topic, partition: r.partition })}
                  >
                    {t('insight.inv.range', {
                      tp: tpName(r.topic, r.partition),
                      from: r.fromOffset,
                      to: r.toOffset,
                    })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li
          className={`invariant ${orderViolations === 0 ? 'holds' : 'broken'}`}
          data-testid="invariant-order"
        >
          <span className="invariant-mark" aria-hidden="true">
            {orderViolations === 0 ? '✓' : '✗'}
          </span>
          <span>
            {orderViolations === 0 ? t('insight.inv.orderOk') : tn('insight.inv.orderBad', orderViolations)}
          </span>
          <span className="invariant-state">
            {t(orderViolations === 0 ? 'insight.inv.holds' : 'insight.inv.broken')}
          </span>
        </li>
      </ul>
    </section>
  );
}
