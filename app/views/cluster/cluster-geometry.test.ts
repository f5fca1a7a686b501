import { describe, expect, it } from 'vitest';
import {
  BROKER_BOX,
  collapsedByDefault,
  fitText,
  fitTopicPartition,
  LABEL_WIDTH,
  layoutBrokerColumn,
  layoutColumns,
  layoutStrip,
  layoutTopicRows,
  MAX_CLIENT_NODES,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  OPEN_PARTITIONS_BUDGET,
  PARTITION_ROW_HEIGHT,
  TOPIC_ROW_HEIGHT,
  textWidthPx,
} from './cluster-geometry';

describe('layoutColumns', () => {
  it('shares the width between brokers after the label and summary columns', () => {
    const c = layoutColumns(1000, [1, 2, 3], 'topic');
    expect(c.columnX.get(1)).toBe(LABEL_WIDTH);
    expect(c.columnX.get(2)).toBe(LABEL_WIDTH + c.columnWidth);
    expect(c.summaryX).toBe(LABEL_WIDTH + 3 * c.columnWidth);
    expect(c.totalWidth).toBeLessThanOrEqual(1000);
    expect(c.totalWidth).toBe(c.summaryX + c.summaryWidth);
  });

  it('has no summary in the broker-centric layout, so brokers get wider columns', () => {
    const topic = layoutColumns(800, [1, 2, 3, 4, 5], 'topic');
    const broker = layoutColumns(800, [1, 2, 3, 4, 5], 'broker');
    expect(broker.summaryWidth).toBe(0);
    expect(broker.columnWidth).toBeGreaterThan(topic.columnWidth);
  });

  it('clamps columns: nine brokers on a narrow stage scroll instead of squeezing', () => {
    const narrow = layoutColumns(600, [1, 2, 3, 4, 5, 6, 7, 8, 9], 'topic');
    expect(narrow.columnWidth).toBe(MIN_COLUMN_WIDTH);
    expect(narrow.totalWidth).toBeGreaterThan(600);
    expect(layoutColumns(5000, [1], 'topic').columnWidth).toBe(MAX_COLUMN_WIDTH);
  });
});

describe('layoutStrip', () => {
  const columns = layoutColumns(1000, [1, 2, 3], 'topic');

  it('heads each broker column with its node and centres ZooKeeper above them', () => {
    const strip = layoutStrip(columns, [1, 2, 3], []);
    const b2 = strip.brokers.get(2);
    expect(b2?.x).toBeGreaterThan(columns.columnX.get(2) ?? 0);
    expect((b2?.x ?? 0) + (b2?.width ?? 0)).toBeLessThan((columns.columnX.get(2) ?? 0) + columns.columnWidth);
    expect(b2?.y).toBe(BROKER_BOX.y);
    const zk = strip.anchors.get('zookeeper');
    expect(zk?.kind).toBe('zookeeper');
    expect((zk?.box.x ?? 0) + (zk?.box.width ?? 0) / 2).toBeCloseTo((LABEL_WIDTH + columns.summaryX) / 2, 0);
    expect((zk?.box.y ?? 0) + (zk?.box.height ?? 0)).toBeLessThan(BROKER_BOX.y);
    expect(strip.anchors.get('broker-2')).toEqual({ kind: 'broker', box: b2 });
  });

  it('stacks clients in the label column', () => {
    const strip = layoutStrip(columns, [1], ['client-1', 'client-2']);
    expect(strip.clients.map((c) => c.name)).toEqual(['client-1', 'client-2']);
    const [a, b] = strip.clients;
    expect(a && b && b.box.y > a.box.y).toBe(true);
    expect((a?.box.x ?? 0) + (a?.box.width ?? 0)).toBeLessThan(LABEL_WIDTH);
    expect(strip.hiddenClientsBox).toBeNull();
  });

  it('folds the oldest clients into one "+N" node their messages go to when there are too many', () => {
    const names = Array.from({ length: MAX_CLIENT_NODES + 3 }, (_, i) => `client-${i + 1}`);
    const strip = layoutStrip(columns, [1], names);
    expect(strip.clients).toHaveLength(MAX_CLIENT_NODES - 1);
    expect(strip.clients.at(-1)?.name).toBe(`client-${MAX_CLIENT_NODES + 3}`);
    expect(strip.hiddenClients).toEqual(['client-1', 'client-2', 'client-3', 'client-4']);
    const more = strip.hiddenClientsBox;
    expect(more).not.toBeNull();
    expect(strip.anchors.get('client-1')).toEqual({ kind: 'client', box: more });
    expect(strip.anchors.get('client-4')).toEqual({ kind: 'client', box: more });
    expect(strip.anchors.get('client-5')?.box).toEqual(strip.clients[0]?.box);
  });

  it('grows taller than the brokers only when clients need it', () => {
    const few = layoutStrip(columns, [1], ['client-1']);
    expect(few.height).toBeGreaterThan(BROKER_BOX.y + BROKER_BOX.height);
    const many = layoutStrip(
      columns,
      [1],
      Array.from({ length: 20 }, (_, i) => `client-${i}`),
    );
    expect(many.height).toBeGreaterThanOrEqual(few.height);
  });
});

describe('layoutTopicRows', () => {
  const topics = [
    { name: 'orders', partitionCount: 3 },
    { name: '__consumer_offsets', partitionCount: 50 },
  ];

  it('puts a header per topic and a row per partition, skipping collapsed topics', () => {
    const { rows, height } = layoutTopicRows(topics, (t) => t.startsWith('__'));
    expect(rows.map((r) => (r.kind === 'topic' ? r.topic : `${r.topic}-${r.partition}`))).toEqual([
      'orders',
      'orders-0',
      'orders-1',
      'orders-2',
      '__consumer_offsets',
    ]);
    expect(rows[1]?.y).toBe(TOPIC_ROW_HEIGHT);
    expect(height).toBe(2 * TOPIC_ROW_HEIGHT + 3 * PARTITION_ROW_HEIGHT);
  });

  it('expands everything when nothing is collapsed', () => {
    expect(layoutTopicRows(topics, () => false).rows).toHaveLength(2 + 53);
  });
});

describe('layoutBrokerColumn', () => {
  it('wraps chips in rows that fit the column and keeps them inside it', () => {
    const { items, height } = layoutBrokerColumn(
      [{ topic: 'orders', partitions: [0, 1, 2, 3, 4, 5, 6], collapsed: false }],
      120,
    );
    const chips = items.filter((i) => i.kind === 'chip');
    expect(chips).toHaveLength(7);
    for (const c of chips) expect(c.x + c.width).toBeLessThanOrEqual(120);
    const rows = new Set(chips.map((c) => c.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(height).toBeGreaterThan(Math.max(...chips.map((c) => c.y + c.height)));
  });

  it('draws a collapsed topic as its line only', () => {
    const { items } = layoutBrokerColumn(
      [
        { topic: '__consumer_offsets', partitions: [0, 1, 2], collapsed: true },
        { topic: 'orders', partitions: [0], collapsed: false },
      ],
      100,
    );
    expect(items.map((i) => i.kind)).toEqual(['topic', 'topic', 'chip']);
  });
});

describe('fitText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(fitText('orders', 200)).toBe('orders');
    const cut = fitText('a-very-long-topic-name-indeed', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(Math.floor(80 / 7.4));
  });

  it('counts Korean glyphs double', () => {
    expect(fitText('브로커브로커브로커', 60).endsWith('…')).toBe(true);
  });
});

describe('textWidthPx', () => {
  it('counts Hangul about twice as wide as Latin letters', () => {
    expect(textWidthPx('abcde', 10)).toBe(30);
    expect(textWidthPx('컨트롤러', 10)).toBe(40);
  });
});

describe('collapsedByDefault', () => {
  const topic = (name: string, partitionCount: number, internal = false) => ({
    name,
    partitionCount,
    internal,
  });

  it('collapses internal topics and topics past the budget, but always opens the first', () => {
    expect([...collapsedByDefault([topic('orders', 3), topic('__consumer_offsets', 50, true)])]).toEqual([
      '__consumer_offsets',
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => topic(`t${i}`, 50));
    expect([...collapsedByDefault(nine)]).toEqual(['t2', 't3', 't4', 't5', 't6', 't7', 't8']);
    expect([...collapsedByDefault([topic('huge', 500), topic('small', 1)])]).toEqual(['small']);
    expect(OPEN_PARTITIONS_BUDGET).toBeGreaterThanOrEqual(100);
  });
});

describe('fitTopicPartition', () => {
  it('keeps the partition number when the name must be cut', () => {
    expect(fitTopicPartition('orders', 3, 200)).toBe('orders-3');
    const cut = fitTopicPartition('__consumer_offsets', 49, 100);
    expect(cut.endsWith('…-49')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(Math.floor(100 / 7.4));
  });
});
