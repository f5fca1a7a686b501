/**
 * One consumer group: its state (Empty / PreparingRebalance / CompletingRebalance / Stable) with what
 * that state means, the assignor in use, the coordinator broker and the generation; its members with
 * their partitions in their colours; a crashed member's `session.timeout.ms` countdown; the committed
 * offsets as cursors with lag; and the offset reset.
 */
import { useShallow } from 'zustand/react/shallow';
import { groupViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf, selectCommittedOf, selectSelection } from '../../store/selectors';
import { CrashWait } from './CrashWait';
import {
  selectGenerationFromEvents,
  selectMembersOf,
  selectPartitionsOfTopics,
  selectSessionExpiredMemberIds,
} from './clients-selectors';
import { groupPartitionRows, groupTopics, isGroupState } from './group-model';
import { MemberRow } from './MemberRow';
import { OffsetCursors } from './OffsetCursors';
import { ResetOffsetsForm } from './ResetOffsetsForm';

const STATE_MARK = {
  Empty: '○',
  PreparingRebalance: '⟳',
  CompletingRebalance: '⇄',
  Stable: '●',
  Dead: '✖',
} as const;

export function GroupCard({ groupId }: { groupId: string }) {
  const { t, tn } = useT();
  const group = useAppStore((s) => recordOf(s, 'group', groupViewId(groupId)));
  const members = useAppStore(useShallow(selectMembersOf(groupId)));
  const committed = useAppStore(useShallow(selectCommittedOf(groupId)));
  const expired = useAppStore(useShallow(selectSessionExpiredMemberIds));
  const selected = useAppStore((s) => {
    const sel = selectSelection(s);
    return sel?.kind === 'group' && sel.groupId === groupId;
  });
  const select = useAppStore((s) => s.select);
  const generationFromEvents = useAppStore(selectGenerationFromEvents(groupId));
  const generation = group && group.generationId >= 0 ? group.generationId : generationFromEvents;
  const topics = groupTopics(group?.topics ?? [], members);
  const partitions = useAppStore(useShallow(selectPartitionsOfTopics(topics)));
  const rows = groupPartitionRows(topics, partitions, committed, members);
  const state = group?.state ?? '';
  const stateText = isGroupState(state)
    ? t(`clients.group.state.${state}`)
    : state || t('clients.group.joining');
  const crashed = members.filter((m) => m.status === 'crashed' && m.memberId !== '');

  return (
    <article className={`group-card${selected ? ' is-selected' : ''}`} aria-labelledby={`group-${groupId}`}>
      <header className="group-head">
        <h3 id={`group-${groupId}`}>
          <button
            type="button"
            className="link-button mono"
            aria-pressed={selected}
            aria-label={t('clients.group.label', { group: groupId, state: stateText })}
            onClick={() => select({ kind: 'group', groupId })}
          >
            {groupId}
          </button>
        </h3>
        <span className={`group-state state-${state || 'none'}`}>
          <span aria-hidden="true">{isGroupState(state) ? STATE_MARK[state] : '…'} </span>
          <span className="mono">{state || '—'}</span>
        </span>
      </header>
      <p className="group-state-why">
        {isGroupState(state) ? t(`clients.group.why.${state}`) : t('clients.group.joiningWhy')}
      </p>
      {group && (
        <dl className="group-facts">
          <div>
            <dt>{t('clients.group.protocol')}</dt>
            <dd className="mono">{group.protocol === '' ? '—' : group.protocol}</dd>
          </div>
          <div>
            <dt>{t('clients.group.coordinator')}</dt>
            <dd>
              <button
                type="button"
                className="link-button"
                aria-label={t('clients.group.coordinatorLabel', { broker: group.coordinator })}
                onClick={() => select({ kind: 'broker', brokerId: group.coordinator })}
              >
                {t('clients.group.broker', { broker: group.coordinator })}
              </button>
            </dd>
          </div>
          <div>
            <dt>{t('clients.group.generation')}</dt>
            <dd className="mono">{generation === null ? '—' : generation}</dd>
          </div>
          <div>
            <dt>{t('clients.group.members')}</dt>
            <dd className="mono">{group.memberCount}</dd>
          </div>
        </dl>
      )}
      {crashed.map((m) => (
        <CrashWait
          key={m.id}
          member={m}
          expired={expired.includes(m.memberId)}
          coordinator={group?.coordinator ?? -1}
        />
      ))}
      <h4>{tn('clients.group.apps', members.length)}</h4>
      {members.length === 0 ? (
        <p className="hint">{t('clients.group.noApps')}</p>
      ) : (
        <ul className="member-list">
          {members.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </ul>
      )}
      <h4>{t('clients.cursors.title')}</h4>
      <OffsetCursors rows={rows} />
      {group && <ResetOffsetsForm group={group} topics={topics} />}
    </article>
  );
}
