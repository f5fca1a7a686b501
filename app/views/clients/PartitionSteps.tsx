/**
 * The producer's partition choice for the record being typed, step by step: UTF-8 bytes of the key →
 * murmur2 (signed 32-bit) → toPositive (& 0x7fffffff) → % numPartitions = partition; or why no hash
 * decides (an explicit partition, a null key, `partitioner.ignore.keys=true`).
 */
import { useT } from '../../i18n/use-t';
import type { HashSteps, PartitionSteps as Steps } from './partition-steps';

export function PartitionSteps({ steps, topic }: { steps: Steps; topic: string }) {
  const { t } = useT();
  return (
    <section className="partition-steps" aria-labelledby="partition-steps-title">
      <h4 id="partition-steps-title">{t('clients.steps.title')}</h4>
      {steps.kind === 'explicit' && (
        <>
          <p>{t('clients.steps.explicit', { partition: steps.partition })}</p>
          {steps.valid === false && (
            <p className="warn">
              <span aria-hidden="true">⚠ </span>
              {t('clients.steps.explicitInvalid', { partition: steps.partition, topic })}
            </p>
          )}
          <Result partition={steps.valid === false ? null : steps.partition} topic={topic} />
        </>
      )}
      {steps.kind === 'hashed' && (
        <>
          <HashList hash={steps.hash} />
          <Result partition={steps.hash.partition} topic={topic} />
        </>
      )}
      {steps.kind === 'sticky' && (
        <>
          <p>{t(steps.reason === 'null-key' ? 'clients.steps.nullKey' : 'clients.steps.ignoreKeys')}</p>
          <p className="hint">{t('clients.steps.sticky')}</p>
          {steps.hash && (
            <div className="steps-unused">
              <p className="hint">{t('clients.steps.unusedHash')}</p>
              <HashList hash={steps.hash} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function HashList({ hash }: { hash: HashSteps }) {
  const { t, tn } = useT();
  const more = hash.byteCount - hash.bytesHex.length;
  const bytes =
    hash.byteCount === 0
      ? t('clients.steps.noBytes')
      : `${hash.bytesHex.join(' ')}${more > 0 ? ` ${t('clients.steps.moreBytes', { n: more })}` : ''}`;
  return (
    <ol className="steps">
      <li>
        <span className="step-name">{t('clients.steps.bytes')}</span>{' '}
        <span className="step-note">{tn('clients.steps.byteCount', hash.byteCount)}</span>
        <code className="mono step-value">{bytes}</code>
      </li>
      <li>
        <span className="step-name">{t('clients.steps.murmur2')}</span>
        <code className="mono step-value">
          {hash.murmur2} <span className="step-note">({hash.murmur2Hex})</span>
        </code>
        {hash.murmur2 < 0 && <span className="step-note">{t('clients.steps.negative')}</span>}
      </li>
      <li>
        <span className="step-name">{t('clients.steps.toPositive')}</span>
        <code className="mono step-value">
          {hash.positive} <span className="step-note">({hash.positiveHex})</span>
        </code>
      </li>
      <li>
        <span className="step-name">
          {hash.numPartitions === null
            ? t('clients.steps.moduloUnknown')
            : t('clients.steps.modulo', { n: hash.numPartitions })}
        </span>
        <code className="mono step-value">
          {hash.numPartitions === null
            ? '?'
            : `${hash.positive} % ${hash.numPartitions} = ${hash.partition ?? '?'}`}
        </code>
      </li>
    </ol>
  );
}

function Result({ partition, topic }: { partition: number | null; topic: string }) {
  const { t } = useT();
  return (
    <p className="steps-result">
      {partition === null
        ? t('clients.steps.resultUnknown')
        : t('clients.steps.result', { partition: `${topic}-${partition}` })}
    </p>
  );
}
