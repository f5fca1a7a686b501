/**
 * The actions panel under the drawing, for whatever is selected: a broker or ZooKeeper (faults), a
 * partition or one of its replicas (elections), or a message on the wire (its fields, drop it).
 */
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { BrokerActions, ZooKeeperActions } from './BrokerActions';
import { MessageDetails } from './MessageDetails';
import { PartitionActions } from './PartitionActions';

export function ClusterActions() {
  const { t } = useT();
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  if (selection === null) return null;
  let body: React.ReactNode = null;
  switch (selection.kind) {
    case 'broker':
      body = <BrokerActions brokerId={selection.brokerId} />;
      break;
    case 'zookeeper':
      body = <ZooKeeperActions />;
      break;
    case 'partition':
    case 'replica':
    case 'record':
      body = <PartitionActions topic={selection.topic} partition={selection.partition} />;
      break;
    case 'message':
      body = <MessageDetails messageId={selection.messageId} />;
      break;
    default:
      return null;
  }
  return (
    <section className="cluster-actions" aria-label={t('cluster.actions')}>
      <button type="button" className="cluster-actions-close" onClick={() => store.getState().select(null)}>
        {t('cluster.actions.close')}
      </button>
      {body}
    </section>
  );
}
