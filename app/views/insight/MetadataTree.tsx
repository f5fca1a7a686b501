/**
 * The live ZooKeeper tree (WAI-ARIA tree: arrow keys move, → opens, ← closes, Enter selects). Each znode
 * shows its stored data in one line, ephemeral nodes name their session, and a node the controller (or a
 * broker) has just written flashes. The focused node's data is pretty-printed below with its Stat and
 * what Kafka keeps there. Picking `/brokers/ids/2` selects broker 2 everywhere; selecting a broker or a
 * partition elsewhere opens and marks its znode here.
 */
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ZnodeRecord } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { selectKind, selectSelection, selectZooKeeper } from '../../store/selectors';
import {
  ancestorsOf,
  buildZnodeIndex,
  compactZnodeData,
  prettyZnodeData,
  relatedZnodePaths,
  type TreeRow,
  visibleRows,
  znodeExplanation,
  znodeName,
  znodeSubject,
} from './znode-tree';
import './insight.css';

/** Open at first: where the brokers register and the topics' state lives. */
const FIRST_OPEN = ['/', '/brokers', '/brokers/ids', '/brokers/topics'];

export function MetadataTree() {
  const { t } = useT();
  const znodes = useAppStore(selectKind('znode'));
  const zxid = useAppStore((s) => selectZooKeeper(s)?.zxid ?? 0);
  const selection = useAppStore(selectSelection);
  const select = useAppStore((s) => s.select);
  const index = useMemo(() => buildZnodeIndex(znodes.values()), [znodes]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(FIRST_OPEN));
  const [focused, setFocused] = useState('/');
  const treeRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  // Znodes written after the view opened flash; a rewind (zxid going back) resets the line.
  const baseline = useRef<number | null>(null);
  if (baseline.current === null || zxid < baseline.current) baseline.current = zxid;

  const related = useMemo(() => relatedZnodePaths(selection), [selection]);
  useEffect(() => {
    const toOpen = related.filter((p) => index.byPath.has(p)).flatMap(ancestorsOf);
    if (toOpen.length === 0) return;
    setExpanded((prev) => (toOpen.every((p) => prev.has(p)) ? prev : new Set([...prev, ...toOpen])));
  }, [related, index]);

  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const active = rows.some((r) => r.path === focused) ? focused : (rows[0]?.path ?? '/');

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(active)}"]`)?.focus();
  }, [active]);

  const setOpen = (path: string, open: boolean) =>
    setExpanded((prev) => {
      if (prev.has(path) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(path);
      else next.delete(path);
      return next;
    });
  const pick = (path: string) => {
    setFocused(path);
    select(znodeSubject(path) ?? { kind: 'znode', path });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = rows.findIndex((r) => r.path === active);
    const row = rows[i];
    if (!row) return;
    const go = (target: TreeRow | undefined) => {
      if (!target) return;
      moveFocus.current = true;
      setFocused(target.path);
    };
    switch (e.key) {
      case 'ArrowDown':
        go(rows[i + 1]);
        break;
      case 'ArrowUp':
        go(rows[i - 1]);
        break;
      case 'Home':
        go(rows[0]);
        break;
      case 'End':
        go(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) setOpen(row.path, true);
        else if (row.expanded) go(rows[i + 1]);
        break;
      case 'ArrowLeft':
        if (row.expanded) setOpen(row.path, false);
        else go(rows.find((r) => r.path === row.parent));
        break;
      case 'Enter':
      case ' ':
        pick(row.path);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const relatedSet = new Set(related);
  const activeRecord = index.byPath.get(active);
  return (
    <section className="panel insight-zk" aria-labelledby="insight-zk-title">
      <h2 id="insight-zk-title">{t('insight.zk.title')}</h2>
      <p className="hint">{t('insight.zk.hint')}</p>
      {rows.length === 0 ? (
        <p>{t('insight.zk.empty')}</p>
      ) : (
        <div
          className="zk-tree"
          role="tree"
          aria-label={t('insight.zk.tree')}
          ref={treeRef}
          onKeyDown={onKeyDown}
        >
          {rows.map((row) => {
            const record = index.byPath.get(row.path);
            return record ? (
              <ZnodeRow
                key={row.path}
                row={row}
                record={record}
                focused={row.path === active}
                related={relatedSet.has(row.path)}
                flash={record.mzxid > (baseline.current ?? 0)}
                onPick={pick}
                onFocus={setFocused}
                onToggle={setOpen}
              />
            ) : null;
          })}
        </div>
      )}
      {activeRecord && <ZnodeDetail record={activeRecord} />}
    </section>
  );
}

interface RowProps {
  readonly row: TreeRow;
  readonly record: ZnodeRecord;
  readonly focused: boolean;
  readonly related: boolean;
  readonly flash: boolean;
  readonly onPick: (path: string) => void;
  /** Focus landed on the row (a click, Tab, a script): it becomes the tree's active row. */
  readonly onFocus: (path: string) => void;
  readonly onToggle: (path: string, open: boolean) => void;
}

const ZnodeRow = memo(function ZnodeRow({
  row,
  record,
  focused,
  related,
  flash,
  onPick,
  onFocus,
  onToggle,
}: RowProps) {
  const { t, tn } = useT();
  const ephemeral = record.ephemeralOwner !== '0x0';
  const label = [
    record.path,
    ephemeral ? t('insight.zk.ephemeral', { owner: record.ephemeralOwner }) : null,
    row.hasChildren ? tn('insight.zk.children', record.childCount) : null,
    related ? t('insight.zk.related') : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles every key for its rows (roving focus).
    <div
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={related}
      aria-label={label}
      tabIndex={focused ? 0 : -1}
      data-path={row.path}
      onFocus={() => onFocus(row.path)}
      className={`zk-row${related ? ' related' : ''}${focused ? ' focused' : ''}`}
      style={{ paddingInlineStart: `${(row.level - 1) * 1.1 + 0.3}rem` }}
      onClick={() => {
        onPick(row.path);
        if (row.hasChildren && !row.expanded) onToggle(row.path, true);
      }}
    >
      {flash && <span key={record.mzxid} className="zk-flash" aria-hidden="true" />}
      <span
        className="zk-twisty"
        aria-hidden="true"
        onClick={(e) => {
          if (!row.hasChildren) return;
          e.stopPropagation();
          onToggle(row.path, !row.expanded);
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : '·'}
      </span>
      <span className="zk-name mono">{znodeName(row.path)}</span>
      {ephemeral && (
        <span className="zk-badge ephemeral" aria-hidden="true">
          {t('insight.zk.ephemeral', { owner: record.ephemeralOwner })}
        </span>
      )}
      {row.hasChildren && !row.expanded && (
        <span className="zk-badge" aria-hidden="true">
          {tn('insight.zk.children', record.childCount)}
        </span>
      )}
      {record.data !== '' && (
        <span className="zk-data mono" aria-hidden="true">
          {compactZnodeData(record.data)}
        </span>
      )}
      {flash && (
        <span key={`c${record.mzxid}`} className="zk-changed" aria-hidden="true">
          {t('insight.zk.changed')}
        </span>
      )}
    </div>
  );
});

/** The focused znode: what Kafka keeps there, its Stat (zkCli's names) and its data pretty-printed. */
function ZnodeDetail({ record }: { readonly record: ZnodeRecord }) {
  const { t, lang } = useT();
  const explanation = znodeExplanation(record.path);
  const pretty = prettyZnodeData(record.data);
  const stat: Array<[string, string]> = [
    ['dataVersion', String(record.version)],
    ['mZxid', `0x${record.mzxid.toString(16)}`],
    ['ephemeralOwner', record.ephemeralOwner],
    ['dataLength', String(new TextEncoder().encode(record.data).length)],
    ['numChildren', String(record.childCount)],
  ];
  return (
    <section className="zk-detail" aria-label={t('insight.zk.detail', { path: record.path })} aria-live="off">
      <h3 className="mono">{record.path}</h3>
      {explanation && <p className="zk-explain">{translate(lang, explanation.key, explanation.params)}</p>}
      <h4>{t('insight.zk.data')}</h4>
      {record.data === '' ? (
        <p className="hint">{t('insight.zk.noData')}</p>
      ) : (
        <pre className="zk-json mono" lang="en">
          {pretty.text}
        </pre>
      )}
      <h4>{t('insight.zk.stat')}</h4>
      <dl className="zk-stat mono" lang="en">
        {stat.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
