/**
 * One consumer application of a group: its colour and mark (the same in every view), name, client id,
 * coordinator-given member id, status, assigned partitions, and the two ways to stop it — close
 * (commit + LeaveGroup: the group rebalances at once) or crash (silence: the coordinator waits for
 * `session.timeout.ms`). Buttons that cannot act now are greyed out with the reason.
 */
import { useId } from 'react';
import type { MemberRecord } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectSelection } from '../../store/selectors';
import { CommandError } from './CommandError';
import { memberStyle } from './member-colours';
import { useCommand } from './use-command';

const STATUS_MARK = { running: '●', closing: '◐', closed: '○', crashed: '✖' } as const;

export function MemberRow({ member }: { member: MemberRecord }) {
  const { t, tn } = useT();
  const id = useId();
  const store = useAppStoreApi();
  const command = useCommand();
  const selected = useAppStore((s) => {
    const sel = selectSelection(s);
    return sel?.kind === 'member' && sel.name === member.name;
  });
  const style = memberStyle(member.name);
  const running = member.status === 'running';
  const status = t(`clients.member.status.${member.status}`);

  const remove = async () => {
    const reply = await command.run({ type: 'remove-member', name: member.name });
    if (reply !== undefined) store.getState().announce(t('clients.member.removed', { name: member.name }));
  };
  const crash = async () => {
    const reply = await command.run({ type: 'crash-member', name: member.name });
    if (reply === undefined) return;
    store.getState().announce(t('clients.member.crashed', { name: member.name }));
  };

  return (
    <li
      className={`member-row status-${member.status}${selected ? ' is-selected' : ''}`}
      style={{ borderLeftColor: style.colour }}
    >
      <div className="member-head">
        <span className="member-mark" style={{ color: style.colour }} aria-hidden="true">
          {style.mark}
        </span>
        <button
          type="button"
          className="link-button member-name mono"
          aria-pressed={selected}
          aria-label={t('clients.member.label', { name: member.name, status })}
          onClick={() => store.getState().select({ kind: 'member', name: member.name })}
        >
          {member.name}
        </button>
        <span className="member-status">
          <span aria-hidden="true">{STATUS_MARK[member.status]} </span>
          {status}
        </span>
      </div>
      <dl className="member-facts">
        <div>
          <dt className="mono">client.id</dt>
          <dd className="mono">{member.clientId}</dd>
        </div>
        <div>
          <dt>{t('clients.member.memberId')}</dt>
          <dd className="mono member-id" title={member.memberId}>
            {member.memberId !== '' ? member.memberId : running ? t('clients.member.notJoined') : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('clients.member.consumed')}</dt>
          <dd className="mono">{member.consumedCount}</dd>
        </div>
      </dl>
      <div className="member-partitions">
        <span className="member-partitions-label">
          {tn('clients.member.partitions', member.partitions.length)}
        </span>
        {member.partitions.length === 0 ? (
          <span className="hint">
            {running ? t('clients.member.noPartitionsRunning') : t('clients.member.noPartitionsStopped')}
          </span>
        ) : (
          <ul className="partition-chips">
            {member.partitions.map((tp) => (
              <li key={tp} className="partition-chip mono" style={{ borderColor: style.colour }}>
                <span aria-hidden="true" style={{ color: style.colour }}>
                  {style.mark}{' '}
                </span>
                {tp}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button
          type="button"
          disabled={!running || command.busy}
          onClick={remove}
          aria-label={t('clients.member.removeLabel', { name: member.name })}
          aria-describedby={running ? `${id}-remove-why` : `${id}-stopped`}
        >
          {t('clients.member.remove')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={!running || command.busy}
          onClick={crash}
          aria-label={t('clients.member.crashLabel', { name: member.name })}
          aria-describedby={running ? `${id}-crash-why` : `${id}-stopped`}
        >
          {t('clients.member.crash')}
        </button>
        {running ? (
          <>
            <small id={`${id}-remove-why`} className="visually-hidden">
              {t('clients.member.removeWhy')}
            </small>
            <small id={`${id}-crash-why`} className="visually-hidden">
              {t('clients.member.crashWhy')}
            </small>
          </>
        ) : (
          <span id={`${id}-stopped`} className="blocked-reason">
            {t('clients.member.notRunning', { name: member.name, status })}
          </span>
        )}
      </div>
      <CommandError failure={command.failure} onDismiss={command.clear} />
    </li>
  );
}
