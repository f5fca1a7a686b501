/**
 * The selected in-flight message: its API, ends, times and what it carries, with a button that drops
 * it (the network loses it, as if a packet vanished). Once it has arrived, says so.
 */
import { messageViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { formatSimTimeShort, isoTime } from '../../format';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { ActionButton } from './ActionButton';
import { messageLabel } from './cluster-labels';
import { useClusterCommand } from './use-cluster-command';

export function MessageDetails({ messageId }: { messageId: number }) {
  const { t, lang } = useT();
  const run = useClusterCommand();
  const m = useAppStore((s) => recordOf(s, 'message', messageViewId(messageId)));
  if (m === undefined) {
    return (
      <div className="cluster-actions-body">
        <h3>{t('cluster.message.title', { id: messageId })}</h3>
        <p>{t('cluster.message.gone', { id: messageId })}</p>
      </div>
    );
  }
  const direction =
    m.direction === 'request'
      ? t('cluster.message.request')
      : m.direction === 'response'
        ? t('cluster.message.response')
        : t('cluster.message.zk');
  const lost =
    m.lost === 'isolated'
      ? t('cluster.message.lostIsolated')
      : m.lost === 'dropped'
        ? t('cluster.message.lostDropped')
        : t('cluster.message.notLost');
  const rows: [string, React.ReactNode][] = [
    [t('cluster.message.api'), m.api],
    [t('cluster.message.direction'), direction],
    [t('cluster.message.from'), m.from],
    [t('cluster.message.to'), m.to],
    [
      t('cluster.message.sent'),
      <time key="sent" dateTime={isoTime(m.sendMs)}>
        {formatSimTimeShort(lang, m.sendMs)}
      </time>,
    ],
    [
      t('cluster.message.arrives'),
      <time key="arrives" dateTime={isoTime(m.recvMs)}>
        {formatSimTimeShort(lang, m.recvMs)}
      </time>,
    ],
    [t('cluster.message.lost'), lost],
  ];
  if (m.summary !== '') rows.push([t('cluster.message.summary'), <code key="summary">{m.summary}</code>]);
  return (
    <div className="cluster-actions-body">
      <h3>
        {t('cluster.message.title', { id: messageId })} — {messageLabel(t, m)}
      </h3>
      <dl className="cluster-message-fields">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="cluster-action-list">
        <ActionButton
          label={t('cluster.message.drop')}
          hint={t('cluster.message.dropHint')}
          blocked={m.lost !== null ? lost : null}
          danger
          onAct={() =>
            run({ type: 'drop-message', id: messageId }, t('cluster.message.dropped', { id: messageId }))
          }
        />
      </div>
    </div>
  );
}
