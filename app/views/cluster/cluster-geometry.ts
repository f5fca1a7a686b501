/**
 * Where the cluster drawing puts things, as plain numbers (pure; Node-tested). Both layouts share one
 * set of columns: a label column on the left (client nodes above, partition names below), one column
 * per broker, and in the topic-centric layout the partition summary (epoch, ISR, out of sync, flags)
 * on the right. The network strip (ZooKeeper, brokers, clients — what messages travel between) sits
 * above the body and uses the same columns, so a broker's node heads its column in either layout.
 *
 * @example
 *   const columns = layoutColumns(900, [1, 2, 3], 'topic');
 *   const strip = layoutStrip(columns, [1, 2, 3], ['client-1']);
 *   strip.anchors.get('broker-2'); // { kind: 'broker', box }: where messages to broker 2 end
 */
import type { ClusterLayout } from '../../store/ui-slice';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type NodeKind = 'broker' | 'zookeeper' | 'client';

/** A node as seen by the messages travelling to and from it (message-placement.ts routes between). */
export interface NodeAnchor {
  readonly kind: NodeKind;
  readonly box: Box;
}

export interface Columns {
  readonly labelWidth: number;
  readonly columnWidth: number;
  /** Left edge of each broker's column, in the order given. */
  readonly columnX: ReadonlyMap<number, number>;
  readonly summaryX: number;
  readonly summaryWidth: number;
  readonly totalWidth: number;
}

export const LABEL_WIDTH = 136;
/** Epoch, ISR, out of sync, flags: the topic-centric layout's right-hand columns. */
export const SUMMARY_COLUMNS = { epoch: 48, isr: 80, outOfSync: 88, flags: 144 } as const;
const SUMMARY_WIDTH =
  SUMMARY_COLUMNS.epoch + SUMMARY_COLUMNS.isr + SUMMARY_COLUMNS.outOfSync + SUMMARY_COLUMNS.flags;
export const MIN_COLUMN_WIDTH = 64;
export const MAX_COLUMN_WIDTH = 168;

/** Columns filling `availableWidth` where they can; below the minimum the drawing scrolls sideways. */
export function layoutColumns(
  availableWidth: number,
  brokerIds: readonly number[],
  layout: ClusterLayout,
): Columns {
  const summaryWidth = layout === 'topic' ? SUMMARY_WIDTH : 0;
  const count = Math.max(1, brokerIds.length);
  const free = availableWidth - LABEL_WIDTH - summaryWidth;
  const columnWidth = Math.floor(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, free / count)));
  const columnX = new Map<number, number>();
  brokerIds.forEach((id, i) => {
    columnX.set(id, LABEL_WIDTH + i * columnWidth);
  });
  const summaryX = LABEL_WIDTH + count * columnWidth;
  return {
    labelWidth: LABEL_WIDTH,
    columnWidth,
    columnX,
    summaryX,
    summaryWidth,
    totalWidth: summaryX + summaryWidth,
  };
}

export interface ClientNode {
  readonly name: string;
  readonly box: Box;
}

export interface StripLayout {
  readonly height: number;
  readonly zookeeper: Box;
  readonly brokers: ReadonlyMap<number, Box>;
  readonly clients: readonly ClientNode[];
  /** Clients beyond the shown ones, drawn as one "+N" node that their messages go to. */
  readonly hiddenClients: readonly string[];
  readonly hiddenClientsBox: Box | null;
  /** Node name (`broker-1`, `zookeeper`, `client-3`) → its box, where its messages start and end. */
  readonly anchors: ReadonlyMap<string, NodeAnchor>;
}

export const ZOOKEEPER_BOX = { width: 168, height: 48, y: 8 } as const;
export const BROKER_BOX = { y: 96, height: 80, margin: 6 } as const;
const CLIENT_BOX = { height: 28, step: 34, top: 8, margin: 10 } as const;
/** Clients shown as their own node; more than this and the oldest share one "+N" node. */
export const MAX_CLIENT_NODES = 6;
/** Below the brokers: room for messages between brokers, which travel there (see message-placement.ts). */
export const STRIP_BOTTOM_ROOM = 48;

export const brokerNodeName = (brokerId: number): string => `broker-${brokerId}`;

/**
 * ZooKeeper centred above the broker columns, each broker's node at the head of its column, and the
 * clients stacked in the label column (the newest {@link MAX_CLIENT_NODES} − 1 plus a "+N" node when
 * there are more than fit).
 */
export function layoutStrip(
  columns: Columns,
  brokerIds: readonly number[],
  clientNames: readonly string[],
): StripLayout {
  const anchors = new Map<string, NodeAnchor>();
  const brokers = new Map<number, Box>();
  for (const id of brokerIds) {
    const x = columns.columnX.get(id) ?? columns.labelWidth;
    const box = {
      x: x + BROKER_BOX.margin,
      y: BROKER_BOX.y,
      width: columns.columnWidth - 2 * BROKER_BOX.margin,
      height: BROKER_BOX.height,
    };
    brokers.set(id, box);
    anchors.set(brokerNodeName(id), { kind: 'broker', box });
  }

  const spanStart = columns.labelWidth;
  const spanEnd = columns.summaryX;
  const zookeeper = {
    x: Math.round((spanStart + spanEnd) / 2 - ZOOKEEPER_BOX.width / 2),
    y: ZOOKEEPER_BOX.y,
    width: ZOOKEEPER_BOX.width,
    height: ZOOKEEPER_BOX.height,
  };
  anchors.set('zookeeper', { kind: 'zookeeper', box: zookeeper });

  const overflow = clientNames.length > MAX_CLIENT_NODES;
  const shownNames = overflow ? clientNames.slice(-(MAX_CLIENT_NODES - 1)) : clientNames;
  const hiddenClients = overflow ? clientNames.slice(0, clientNames.length - shownNames.length) : [];
  const clientBox = (slot: number): Box => ({
    x: CLIENT_BOX.margin,
    y: CLIENT_BOX.top + slot * CLIENT_BOX.step,
    width: columns.labelWidth - 2 * CLIENT_BOX.margin - 8,
    height: CLIENT_BOX.height,
  });
  const hiddenClientsBox = overflow ? clientBox(0) : null;
  const firstSlot = overflow ? 1 : 0;
  const clients = shownNames.map((name, i) => ({ name, box: clientBox(firstSlot + i) }));
  for (const c of clients) anchors.set(c.name, { kind: 'client', box: c.box });
  if (hiddenClientsBox)
    for (const name of hiddenClients) anchors.set(name, { kind: 'client', box: hiddenClientsBox });

  const slots = clients.length + firstSlot;
  const clientsBottom = CLIENT_BOX.top + slots * CLIENT_BOX.step;
  const height = Math.max(BROKER_BOX.y + BROKER_BOX.height + STRIP_BOTTOM_ROOM, clientsBottom + 8);
  return { height, zookeeper, brokers, clients, hiddenClients, hiddenClientsBox, anchors };
}

export type TopicRow =
  | { readonly kind: 'topic'; readonly topic: string; readonly y: number; readonly height: number }
  | {
      readonly kind: 'partition';
      readonly topic: string;
      readonly partition: number;
      readonly y: number;
      readonly height: number;
    };

export const TOPIC_ROW_HEIGHT = 34;
export const PARTITION_ROW_HEIGHT = 26;

/** Topic-centric rows: a header per topic, then one row per partition unless the topic is collapsed. */
export function layoutTopicRows(
  topics: ReadonlyArray<{ readonly name: string; readonly partitionCount: number }>,
  collapsed: (topic: string) => boolean,
): { readonly rows: readonly TopicRow[]; readonly height: number } {
  const rows: TopicRow[] = [];
  let y = 0;
  for (const t of topics) {
    rows.push({ kind: 'topic', topic: t.name, y, height: TOPIC_ROW_HEIGHT });
    y += TOPIC_ROW_HEIGHT;
    if (collapsed(t.name)) continue;
    for (let p = 0; p < t.partitionCount; p++) {
      rows.push({ kind: 'partition', topic: t.name, partition: p, y, height: PARTITION_ROW_HEIGHT });
      y += PARTITION_ROW_HEIGHT;
    }
  }
  return { rows, height: y };
}

export type BrokerColumnItem =
  | { readonly kind: 'topic'; readonly topic: string; readonly collapsed: boolean; readonly y: number }
  | {
      readonly kind: 'chip';
      readonly topic: string;
      readonly partition: number;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    };

export const CHIP = { height: 22, gap: 4, minWidth: 30, maxWidth: 46, padding: 6 } as const;
export const BROKER_TOPIC_LINE = 22;

/**
 * Broker-centric: inside a broker's box, its replicas grouped by topic, each a small chip laid out in
 * rows that fill the column's width (x relative to the column). A collapsed topic is one line.
 */
export function layoutBrokerColumn(
  groups: ReadonlyArray<{
    readonly topic: string;
    readonly partitions: readonly number[];
    readonly collapsed: boolean;
  }>,
  columnWidth: number,
): { readonly items: readonly BrokerColumnItem[]; readonly height: number } {
  const inner = columnWidth - 2 * CHIP.padding;
  const perRow = Math.max(1, Math.floor((inner + CHIP.gap) / (CHIP.minWidth + CHIP.gap)));
  const width = Math.min(CHIP.maxWidth, Math.floor((inner + CHIP.gap) / perRow) - CHIP.gap);
  const items: BrokerColumnItem[] = [];
  let y = CHIP.padding;
  for (const g of groups) {
    items.push({ kind: 'topic', topic: g.topic, collapsed: g.collapsed, y });
    y += BROKER_TOPIC_LINE;
    if (g.collapsed) continue;
    g.partitions.forEach((partition, i) => {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      items.push({
        kind: 'chip',
        topic: g.topic,
        partition,
        x: CHIP.padding + col * (width + CHIP.gap),
        y: y + row * (CHIP.height + CHIP.gap),
        width,
        height: CHIP.height,
      });
    });
    const rows = Math.ceil(g.partitions.length / perRow);
    y += rows * (CHIP.height + CHIP.gap) + 4;
  }
  return { items, height: y + CHIP.padding };
}

/** Average glyph width of the drawing's 13 px text, for cutting names to fit (an estimate, not a measure). */
export const CHAR_PX = 7.4;

const isWide = (ch: string) => /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch);

/** About how wide `text` is at `fontPx` (Latin ≈ 0.6 em, Hangul and CJK ≈ 1 em): for sizing badges. */
export function textWidthPx(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : 0.6;
  return Math.ceil(em * fontPx);
}

/** `text` cut with `…` to about `widthPx` (CJK glyphs count double). */
export function fitText(text: string, widthPx: number): string {
  const budget = Math.max(1, Math.floor(widthPx / CHAR_PX));
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = isWide(ch) ? 2 : 1;
    if (used + w > budget) return `${out.slice(0, Math.max(0, out.length - 1))}…`;
    used += w;
    out += ch;
  }
  return out;
}

/** Partitions drawn open by default; topics past this budget start collapsed (one row each). */
export const OPEN_PARTITIONS_BUDGET = 120;

/**
 * Which topics start collapsed: internal ones (`__consumer_offsets`) always, and user topics once the
 * open ones already hold {@link OPEN_PARTITIONS_BUDGET} partitions — the first topic always opens —
 * so a large cluster starts readable and cheap, and the user opens what they want to watch.
 */
export function collapsedByDefault(
  topics: ReadonlyArray<{
    readonly name: string;
    readonly internal: boolean;
    readonly partitionCount: number;
  }>,
): ReadonlySet<string> {
  const collapsed = new Set<string>();
  let open = 0;
  for (const t of topics) {
    if (t.internal || (open > 0 && open + t.partitionCount > OPEN_PARTITIONS_BUDGET)) {
      collapsed.add(t.name);
      continue;
    }
    open += t.partitionCount;
  }
  return collapsed;
}

/** `topic-p` fitted to `widthPx`, cutting the topic's name and always keeping the partition number. */
export function fitTopicPartition(topic: string, partition: number, widthPx: number): string {
  const suffix = `-${partition}`;
  const full = `${topic}${suffix}`;
  if (fitText(full, widthPx) === full) return full;
  return `${fitText(topic, widthPx - suffix.length * CHAR_PX)}${suffix}`;
}
