/**
 * The producer panel (issue 4, view 4): send one record with a chosen key, value, headers, acks and
 * partitioner — the key's murmur2 and `% partitions` worked out as the user types — see each send's
 * outcome in Kafka's words, and run the automatic producer at a rate with a key distribution.
 */
import { useT } from '../../i18n/use-t';
import { AutoProduce } from './AutoProduce';
import { RecentSends } from './RecentSends';
import { SendForm } from './SendForm';
import './clients.css';

export function ProducerPanel() {
  const { t } = useT();
  return (
    <section className="panel clients-panel producer-panel" aria-labelledby="producer-panel-title">
      <h2 id="producer-panel-title">{t('clients.producer.title')}</h2>
      <SendForm />
      <RecentSends />
      <AutoProduce />
    </section>
  );
}
