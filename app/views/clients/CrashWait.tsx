/**
 * After a member crashes, nothing tells the coordinator: it keeps the member (and its partitions go
 * unread) until no heartbeat has come for `session.timeout.ms` (45 s), then removes it and rebalances.
 * This note counts that down in simulated time, and says when the coordinator has acted.
 */
import type { MemberRecord } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { formatDuration } from '../../format';
import { useT } from '../../i18n/use-t';
import { selectClock } from '../../store/selectors';
import { sessionTimeLeftMs } from './group-model';

export function CrashWait({
  member,
  expired,
  coordinator,
}: {
  member: MemberRecord;
  /** The coordinator has removed it (a `member-left` event for its member id). */
  expired: boolean;
  coordinator: number;
}) {
  const { t, lang } = useT();
  // Whole simulated seconds: the note re-renders once a second, not every frame.
  const nowSec = useAppStore((s) => Math.floor((selectClock(s)?.nowMs ?? 0) / 1000));
  if (expired) {
    return (
      <p className="crash-wait is-expired" role="note">
        <span aria-hidden="true">✓ </span>
        {t('clients.crash.expired', { name: member.name })}
      </p>
    );
  }
  const nowMs = nowSec * 1000;
  // The engine records when the process died, so the countdown survives a reload or a rewind.
  const sessionTimeoutMs = member.sessionTimeoutMs;
  const leftMs =
    member.crashedAtMs < 0 ? null : sessionTimeLeftMs(member.crashedAtMs, nowMs, sessionTimeoutMs);
  const timeout = formatDuration(lang, sessionTimeoutMs);
  return (
    <div className="crash-wait" role="note">
      <p>
        <span aria-hidden="true">⏱ </span>
        {t('clients.crash.waiting', { name: member.name, broker: coordinator, timeout })}
      </p>
      {leftMs !== null && (
        <p className="crash-countdown">
          <progress
            max={sessionTimeoutMs}
            value={sessionTimeoutMs - leftMs}
            aria-label={t('clients.crash.progress', { name: member.name })}
          />{' '}
          <span className="mono">
            {leftMs > 0 ? t('clients.crash.left', { s: Math.ceil(leftMs / 1000) }) : t('clients.crash.due')}
          </span>
        </p>
      )}
      <p className="hint">{t('clients.crash.why')}</p>
    </div>
  );
}
