/**
 * The consumers panel (issue 4, view 5): start consumer applications in groups, then watch each group
 * — its state through a rebalance, its members and their partitions (one colour each, shared with the
 * other views), committed offsets as cursors with lag — and close, crash or reset them.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { AddMemberForm } from './AddMemberForm';
import { selectGroupIds, selectMemberOnlyGroupIds } from './clients-selectors';
import { GroupCard } from './GroupCard';
import './clients.css';

export function ConsumersPanel() {
  const { t } = useT();
  const groupIds = useAppStore(useShallow(selectGroupIds));
  const joining = useAppStore(useShallow(selectMemberOnlyGroupIds));
  const all = [...new Set([...groupIds, ...joining])].sort();
  return (
    <section className="panel clients-panel consumers-panel" aria-labelledby="consumers-panel-title">
      <h2 id="consumers-panel-title">{t('clients.consumers.title')}</h2>
      <AddMemberForm />
      <section aria-labelledby="groups-title">
        <h3 id="groups-title">{t('clients.consumers.groups')}</h3>
        {all.length === 0 ? (
          <p className="hint">{t('clients.consumers.none')}</p>
        ) : (
          all.map((g) => <GroupCard key={g} groupId={g} />)
        )}
      </section>
    </section>
  );
}
