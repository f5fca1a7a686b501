/**
 * The producer panel's recent sends, newest first: where each went (partition and offset), with which
 * acks, and what came back. The automatic producer's sends are a sample (one per 10 ms tick), listed
 * apart so they do not push the user's own sends out of view. Clicking a partition selects it
 * everywhere.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SendRecord } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectSelection } from '../../store/selectors';
import { selectSendsBy } from './clients-selectors';
import { SendOutcome } from './SendOutcome';

export function RecentSends() {
  const { t } = useT();
  const own = useAppStore(useShallow(selectSendsBy(false)));
  return (
    <section className="recent-sends" aria-labelledby="recent-sends-title">
      <h3 id="recent-sends-title">{t('clients.sends.title')}</h3>
      {own.length === 0 ? (
        <p className="hint">{t('clients.sends.none')}</p>
      ) : (
        <SendTable sends={own} caption={t('clients.sends.own')} />
      )}
      <AutoSends />
    </section>
  );
}

/** The automatic producer's sample, apart: it changes every frame while the producer runs. */
function AutoSends() {
  const { t } = useT();
  const auto = useAppStore(useShallow(selectSendsBy(true)));
  const [open, setOpen] = useState(false);
  if (auto.length === 0) return null;
  return (
    <details className="auto-sends" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('clients.sends.autoSummary', { n: auto.length })}</summary>
      {/* Rendered only while open. */}
      {open && <SendTable sends={auto} caption={t('clients.sends.auto')} />}
    </details>
  );
}

function SendTable({ sends, caption }: { sends: readonly SendRecord[]; caption: string }) {
  const { t } = useT();
  return (
    <table className="sends-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.sends.seq')}</th>
          <th scope="col">{t('clients.sends.where')}</th>
          <th scope="col">{t('clients.sends.key')}</th>
          <th scope="col">acks</th>
          <th scope="col">{t('clients.sends.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {sends.map((s) => (
          <SendRow key={s.id} send={s} />
        ))}
      </tbody>
    </table>
  );
}

function SendRow({ send }: { send: SendRecord }) {
  const { t } = useT();
  const selected = useAppStore((s) => {
    const sel = selectSelection(s);
    if (sel?.kind === 'topic') return sel.topic === send.topic;
    return (
      sel !== null &&
      'partition' in sel &&
      'topic' in sel &&
      sel.topic === send.topic &&
      sel.partition === send.partition
    );
  });
  const select = useAppStore((s) => s.select);
  const where =
    send.partition < 0
      ? t('clients.sends.partitionPending', { topic: send.topic })
      : `${send.topic}-${send.partition}`;
  return (
    <tr className={selected ? 'is-selected' : undefined}>
      <td className="mono">{send.seq + 1}</td>
      <td>
        {send.partition < 0 ? (
          where
        ) : (
          <button
            type="button"
            className="link-button mono"
            aria-pressed={selected}
            aria-label={t('clients.sends.selectPartition', { partition: where })}
            onClick={() => select({ kind: 'partition', topic: send.topic, partition: send.partition })}
          >
            {where}
          </button>
        )}
      </td>
      <td className="mono send-key" title={send.key ?? undefined}>
        {send.key === null ? <em>{t('clients.null')}</em> : send.key}
      </td>
      <td className="mono">{send.acks}</td>
      <td>
        <SendOutcome send={send} />
      </td>
    </tr>
  );
}
