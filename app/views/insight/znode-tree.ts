/**
 * The znode tree's pure side: the flat `znode` records turned into parent → children, the rows a
 * WAI-ARIA tree shows for a set of expanded paths, Kafka's JSON pretty-printed in the order it is stored,
 * and what Kafka keeps at its well-known paths. Also which znodes belong to the current selection, and
 * which selection a znode stands for (`/brokers/ids/2` is broker 2).
 */
import type { ZnodeRecord } from '../../../engine/view/types';
import type { MessageKey, Params } from '../../i18n/i18n';
import type { Selection } from '../../store/ui-slice';

export interface ZnodeIndex {
  readonly byPath: ReadonlyMap<string, ZnodeRecord>;
  /** Child paths by parent path, in ZooKeeper-shell order (numbers in numeric order). */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Nodes without a parent among the records: `/` when the snapshot has it. */
  readonly roots: readonly string[];
}

export function parentPath(path: string): string | null {
  if (path === '/') return null;
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function znodeName(path: string): string {
  return path === '/' ? '/' : path.slice(path.lastIndexOf('/') + 1);
}

const byName = new Intl.Collator('en', { numeric: true }).compare;

export function buildZnodeIndex(records: Iterable<ZnodeRecord>): ZnodeIndex {
  const byPath = new Map<string, ZnodeRecord>();
  for (const r of records) byPath.set(r.path, r);
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const path of byPath.keys()) {
    const parent = parentPath(path);
    if (parent === null || !byPath.has(parent)) {
      roots.push(path);
      continue;
    }
    const list = children.get(parent) ?? [];
    list.push(path);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => byName(znodeName(a), znodeName(b)));
  roots.sort(byName);
  return { byPath, children, roots };
}

export interface TreeRow {
  readonly path: string;
  /** `aria-level`: 1 for a root. */
  readonly level: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  readonly posInSet: number;
  readonly setSize: number;
  readonly parent: string | null;
}

/** The rows shown, in order (pre-order, children only under expanded nodes). */
export function visibleRows(index: ZnodeIndex, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (siblings: readonly string[], level: number, parent: string | null) => {
    siblings.forEach((path, i) => {
      const kids = index.children.get(path) ?? [];
      const open = kids.length > 0 && expanded.has(path);
      rows.push({
        path,
        level,
        hasChildren: kids.length > 0,
        expanded: open,
        posInSet: i + 1,
        setSize: siblings.length,
        parent,
      });
      if (open) visit(kids, level + 1, path);
    });
  };
  visit(index.roots, 1, null);
  return rows;
}

/** `/a/b/c` → `['/', '/a', '/a/b']`. */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  for (let p = parentPath(path); p !== null; p = parentPath(p)) out.unshift(p);
  return out;
}

/**
 * Kafka's JSON indented for reading, keys in the order ZooKeeper stores them (JSON.parse would move
 * numeric keys like partition numbers first); short arrays of numbers and strings stay on one line.
 * Data that is not JSON (a number, '') comes back as it is.
 */
export function prettyZnodeData(data: string): { readonly text: string; readonly json: boolean } {
  const trimmed = data.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return { text: data, json: false };
  try {
    JSON.parse(trimmed);
  } catch {
    return { text: data, json: false };
  }
  return { text: reindent(trimmed), json: true };
}

function reindent(s: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const newline = () => `\n${'  '.repeat(depth)}`;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '"') {
      const end = stringEnd(s, i);
      out += s.slice(i, end + 1);
      i = end + 1;
    } else if (c === '{' || c === '[') {
      const flatEnd = c === '[' ? scalarArrayEnd(s, i) : -1;
      if (flatEnd >= 0) {
        out += flatArray(s.slice(i, flatEnd + 1));
        i = flatEnd + 1;
      } else if (nextNonSpace(s, i + 1) === (c === '{' ? '}' : ']')) {
        out += c === '{' ? '{}' : '[]';
        i = s.indexOf(c === '{' ? '}' : ']', i) + 1;
      } else {
        depth++;
        out += c + newline();
        i++;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
      i++;
    } else if (c === ',') {
      out += `,${newline()}`;
      i++;
    } else if (c === ':') {
      out += ': ';
      i++;
    } else {
      if (!/\s/.test(c)) out += c;
      i++;
    }
  }
  return out;
}

/** Index of the quote closing the string opened at `start`. */
function stringEnd(s: string, start: number): number {
  let j = start + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return j;
}

function nextNonSpace(s: string, from: number): string | undefined {
  let j = from;
  while (j < s.length && /\s/.test(s[j] as string)) j++;
  return s[j];
}

/** End of the array opened at `start` if it holds only numbers, strings, booleans or null; else −1. */
function scalarArrayEnd(s: string, start: number): number {
  let j = start + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '"') j = stringEnd(s, j) + 1;
    else if (c === ']') return j;
    else if (c === '[' || c === '{') return -1;
    else j++;
  }
  return -1;
}

/** `[1,2,3]` → `[1, 2, 3]`, strings untouched. */
function flatArray(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end + 1;
    } else {
      if (c === ',') out += ', ';
      else if (!/\s/.test(c)) out += c;
      i++;
    }
  }
  return out;
}

/** One line for the tree row: the stored text, cut at `max` characters. */
export function compactZnodeData(data: string, max = 48): string {
  const line = data.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** Znodes that belong to the selected thing (the tree marks them and opens their ancestors). */
export function relatedZnodePaths(selection: Selection | null): string[] {
  if (selection === null) return [];
  switch (selection.kind) {
    case 'broker':
      return [`/brokers/ids/${selection.brokerId}`];
    case 'topic':
      return [`/brokers/topics/${selection.topic}`, `/config/topics/${selection.topic}`];
    case 'partition':
    case 'replica':
    case 'record':
      return [`/brokers/topics/${selection.topic}/partitions/${selection.partition}/state`];
    case 'znode':
      return [selection.path];
    default:
      return [];
  }
}

/** The thing a znode stands for (selected when the user picks it), or null: then the znode itself. */
export function znodeSubject(path: string): Selection | null {
  const s = path.split('/').slice(1);
  if (s[0] === 'brokers' && s[1] === 'ids' && s.length === 3 && /^\d+$/.test(s[2] as string))
    return { kind: 'broker', brokerId: Number(s[2]) };
  if (s[0] === 'brokers' && s[1] === 'topics' && s[2] !== undefined) {
    const topic = s[2];
    if (s.length === 3) return { kind: 'topic', topic };
    if (s[3] === 'partitions' && s[4] !== undefined && /^\d+$/.test(s[4]) && s.length <= 6)
      return { kind: 'partition', topic, partition: Number(s[4]) };
    return null;
  }
  if ((s[0] === 'config' && s[1] === 'topics') || (s[0] === 'admin' && s[1] === 'delete_topics'))
    return s.length === 3 ? { kind: 'topic', topic: s[2] as string } : null;
  return null;
}

export interface Explanation {
  readonly key: MessageKey;
  readonly params?: Params;
}

const FIXED: Readonly<Record<string, MessageKey>> = {
  '/': 'insight.zk.path.root',
  '/zookeeper': 'insight.zk.path.zookeeper',
  '/zookeeper/quota': 'insight.zk.path.zkQuota',
  '/zookeeper/config': 'insight.zk.path.zkConfig',
  '/brokers': 'insight.zk.path.brokers',
  '/brokers/ids': 'insight.zk.path.brokerIds',
  '/brokers/topics': 'insight.zk.path.topics',
  '/brokers/seqid': 'insight.zk.path.seqid',
  '/controller': 'insight.zk.path.controller',
  '/controller_epoch': 'insight.zk.path.controllerEpoch',
  '/config': 'insight.zk.path.config',
  '/config/topics': 'insight.zk.path.configTopics',
  '/config/brokers': 'insight.zk.path.configBrokers',
  '/config/changes': 'insight.zk.path.configChanges',
  '/config/clients': 'insight.zk.path.configQuota',
  '/config/users': 'insight.zk.path.configQuota',
  '/config/ips': 'insight.zk.path.configQuota',
  '/admin': 'insight.zk.path.admin',
  '/admin/delete_topics': 'insight.zk.path.deleteTopics',
  '/isr_change_notification': 'insight.zk.path.isrChange',
  '/log_dir_event_notification': 'insight.zk.path.logDirEvent',
  '/latest_producer_id_block': 'insight.zk.path.producerIdBlock',
  '/cluster': 'insight.zk.path.cluster',
  '/cluster/id': 'insight.zk.path.clusterId',
  '/feature': 'insight.zk.path.feature',
  '/consumers': 'insight.zk.path.consumers',
};

/** What Kafka keeps at a well-known path, or null for paths we do not explain. */
export function znodeExplanation(path: string): Explanation | null {
  const fixed = FIXED[path];
  if (fixed) return { key: fixed };
  const s = path.split('/').slice(1);
  const [a, b, c, d, e, f] = s;
  if (a === 'brokers' && b === 'ids' && c !== undefined && s.length === 3)
    return { key: 'insight.zk.path.brokerId', params: { broker: c } };
  if (a === 'brokers' && b === 'topics' && c !== undefined) {
    if (s.length === 3) return { key: 'insight.zk.path.topic', params: { topic: c } };
    if (d === 'partitions' && s.length === 4)
      return { key: 'insight.zk.path.partitions', params: { topic: c } };
    if (d === 'partitions' && e !== undefined && s.length === 5)
      return { key: 'insight.zk.path.partition', params: { tp: `${c}-${e}` } };
    if (d === 'partitions' && e !== undefined && f === 'state' && s.length === 6)
      return { key: 'insight.zk.path.partitionState', params: { tp: `${c}-${e}` } };
    return null;
  }
  if (a === 'config' && c !== undefined && s.length === 3) {
    if (b === 'topics') return { key: 'insight.zk.path.configTopic', params: { topic: c } };
    if (b === 'brokers') return { key: 'insight.zk.path.configBroker', params: { name: c } };
    if (b === 'changes') return { key: 'insight.zk.path.configChange' };
  }
  if (a === 'admin' && b === 'delete_topics' && c !== undefined && s.length === 3)
    return { key: 'insight.zk.path.deleteTopic', params: { topic: c } };
  return null;
}
