/**
 * Starts a consumer application in a group (`add-member`): group id (an existing group or a new one),
 * the topics it subscribes to, and its `partition.assignment.strategy`. Joining makes the group
 * rebalance; the panel below shows it happen.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { groupViewId } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { CommandError } from './CommandError';
import { selectGroupIds, selectUserTopicNames } from './clients-selectors';
import { ASSIGNORS, type Assignor } from './group-model';
import { useCommand } from './use-command';

const DEFAULT_GROUP = 'my-group';

export function AddMemberForm() {
  const { t } = useT();
  const id = useId();
  const store = useAppStoreApi();
  const groupIds = useAppStore(useShallow(selectGroupIds));
  const topics = useAppStore(useShallow(selectUserTopicNames));
  const [groupId, setGroupId] = useState(
    () => groupIds.find((g) => !g.startsWith('console-')) ?? DEFAULT_GROUP,
  );
  const [chosen, setChosen] = useState<string[]>(() => topics.slice(0, 1));
  const [assignor, setAssignor] = useState<Assignor>('range');
  const command = useCommand();
  const group = useAppStore((s) => recordOf(s, 'group', groupViewId(groupId.trim())));

  // The first topic once topics arrive, until the user ticks their own (an empty choice then stands).
  const topicsTouched = useRef(false);
  useEffect(() => {
    if (!topicsTouched.current && chosen.length === 0 && topics[0] !== undefined) setChosen([topics[0]]);
  }, [chosen.length, topics]);

  const existing = group !== undefined && group.memberCount > 0;
  const mismatch = existing && group.protocol !== '' && group.protocol !== assignor;
  const blocked =
    groupId.trim() === ''
      ? t('clients.add.blockedGroup')
      : chosen.length === 0
        ? t('clients.add.blockedTopics')
        : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blocked !== null) return;
    const reply = await command.run({
      type: 'add-member',
      groupId: groupId.trim(),
      topics: chosen,
      assignor,
    });
    if (reply !== undefined && typeof reply.value === 'string')
      store.getState().announce(t('clients.add.started', { name: reply.value, group: groupId.trim() }));
  };

  const toggle = (topic: string, on: boolean) => {
    topicsTouched.current = true;
    setChosen((c) => (on ? [...c, topic].sort() : c.filter((x) => x !== topic)));
  };

  return (
    <form className="clients-form add-member" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('clients.add.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('clients.add.group')}</label>
        <input
          id={`${id}-group`}
          list={`${id}-groups`}
          value={groupId}
          onChange={(e) => setGroupId(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-group-note`}
        />
        <datalist id={`${id}-groups`}>
          {groupIds.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <small id={`${id}-group-note`}>
          {existing
            ? t('clients.add.joinsExisting', { group: groupId.trim(), n: group.memberCount })
            : group
              ? t('clients.add.joinsEmpty', { group: groupId.trim() })
              : t('clients.add.newGroup')}
        </small>
      </div>
      <fieldset className="clients-choice topic-checks">
        <legend>{t('clients.add.topics')}</legend>
        {topics.length === 0 && <p className="hint">{t('clients.add.noTopics')}</p>}
        {topics.map((topic) => (
          <label key={topic} className="check mono">
            <input
              type="checkbox"
              checked={chosen.includes(topic)}
              onChange={(e) => toggle(topic, e.target.checked)}
            />
            {topic}
          </label>
        ))}
      </fieldset>
      <fieldset className="clients-choice">
        <legend className="mono">partition.assignment.strategy</legend>
        {ASSIGNORS.map((a) => (
          <div className="choice" key={a}>
            <input
              type="radio"
              id={`${id}-a-${a}`}
              name={`${id}-assignor`}
              checked={assignor === a}
              onChange={() => setAssignor(a)}
              aria-describedby={`${id}-a-${a}-why`}
            />
            <label htmlFor={`${id}-a-${a}`} className="mono">
              {a}
            </label>
            <small id={`${id}-a-${a}-why`}>{t(`clients.assignor.${a}`)}</small>
          </div>
        ))}
        {mismatch && (
          <p className="warn">
            <span aria-hidden="true">⚠ </span>
            {t('clients.add.protocolMismatch', { group: groupId.trim(), protocol: group.protocol })}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={blocked !== null || command.busy}
          aria-describedby={blocked === null ? undefined : `${id}-blocked`}
        >
          {t('clients.add.submit')}
        </button>
        {blocked !== null && (
          <span id={`${id}-blocked`} className="blocked-reason">
            {blocked}
          </span>
        )}
      </div>
      <CommandError failure={command.failure} onDismiss={command.clear} />
    </form>
  );
}
