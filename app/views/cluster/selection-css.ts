/**
 * Highlighting by stylesheet (pure; Node-tested). With 1,350 replica cells, re-rendering each one when
 * the selection changes would cost a long frame per click; instead every cell and row carries data
 * attributes (`data-tp="orders-0"`, `data-topic`, `data-broker`, and on rows `data-replicas=" 1 2 3 "`)
 * and one small `<style>` says which of them belong to the selection (see highlight.ts for the same
 * rules as relations). Only that style element re-renders on a click.
 *
 * @example
 *   selectionCss({ kind: 'broker', brokerId: 2 }, {});
 *   // '.cluster .replica:is([data-broker="2"]) .replica-box{…} .cluster .replica:not(…){opacity:…}…'
 */
import type { Selection } from '../../store/ui-slice';
import type { SelectionContext } from './highlight';

/** A value inside a double-quoted CSS attribute selector. */
const quote = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const tpOf = (topic: string, partition: number) => `[data-tp=${quote(`${topic}-${partition}`)}]`;

interface Targets {
  /** Replicas that are the selected thing itself. */
  readonly replicaSelected?: string;
  /** Replicas that belong to the selection (the rest are dimmed). */
  readonly replicaRelated?: string;
  /** Partition rows that are the selected thing itself. */
  readonly rowSelected?: string;
  /** Partition rows that belong to the selection (the rest are dimmed). */
  readonly rowRelated?: string;
}

function targetsOf(sel: Selection | null, ctx: SelectionContext): Targets | null {
  if (sel === null) return null;
  switch (sel.kind) {
    case 'broker': {
      const broker = `[data-broker="${sel.brokerId}"]`;
      return { replicaRelated: broker, rowRelated: `[data-replicas~="${sel.brokerId}"]` };
    }
    case 'topic': {
      const topic = `[data-topic=${quote(sel.topic)}]`;
      return { replicaRelated: topic, rowRelated: topic };
    }
    case 'partition': {
      const tp = tpOf(sel.topic, sel.partition);
      return { replicaRelated: tp, rowSelected: tp, rowRelated: tp };
    }
    case 'replica':
    case 'record': {
      const tp = tpOf(sel.topic, sel.partition);
      return {
        replicaSelected: `${tp}[data-broker="${sel.brokerId}"]`,
        replicaRelated: tp,
        rowRelated: tp,
      };
    }
    case 'member': {
      const list = (ctx.memberPartitions ?? []).map((tp) => `[data-tp=${quote(tp)}]`).join(',');
      // A consumer with no partitions: everything dims, which is what it reads.
      const related = list === '' ? '[data-none]' : list;
      return { replicaRelated: related, rowRelated: related };
    }
    default:
      return null;
  }
}

/**
 * Dims by fill and stroke opacity, not `opacity`: a group with `opacity` is painted into a layer of its
 * own, and hundreds of those made each click's repaint take over 100 ms.
 */
const DIM = 'fill-opacity:0.3;stroke-opacity:0.3';
const RELATED_REPLICA = 'stroke:var(--cl-accent);stroke-width:3px';
const SELECTED_REPLICA = 'stroke:var(--cl-ink);stroke-width:4px;stroke-dasharray:none';
const HALO = 'filter:drop-shadow(0 0 3px var(--cl-select)) drop-shadow(0 0 2px var(--cl-select))';

/** The stylesheet that highlights the selection's replicas and rows, and dims the rest. */
export function selectionCss(sel: Selection | null, ctx: SelectionContext): string {
  const t = targetsOf(sel, ctx);
  if (t === null) return '';
  const rules: string[] = [];
  if (t.replicaRelated !== undefined) {
    rules.push(`.cluster .replica:is(${t.replicaRelated}) .replica-box{${RELATED_REPLICA}}`);
    rules.push(`.cluster .replica:not(${t.replicaRelated}) > *{${DIM}}`);
  }
  if (t.replicaSelected !== undefined) {
    rules.push(`.cluster .replica:is(${t.replicaSelected}) .replica-box{${SELECTED_REPLICA}}`);
    rules.push(`.cluster .replica:is(${t.replicaSelected}){${HALO}}`);
  }
  if (t.rowRelated !== undefined) {
    rules.push(`.cluster .partition-row:is(${t.rowRelated}) .partition-row-bg{fill:var(--cl-accent-soft)}`);
    rules.push(`.cluster .partition-row:not(${t.rowRelated}) :is(.partition-name,.row-summary) *{${DIM}}`);
  }
  if (t.rowSelected !== undefined) {
    rules.push(`.cluster .partition-row:is(${t.rowSelected}) .partition-row-bg{fill:#fff1cc}`);
  }
  return rules.join('\n');
}
