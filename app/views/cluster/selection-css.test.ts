import { describe, expect, it } from 'vitest';
import { selectionCss } from './selection-css';

describe('selectionCss', () => {
  it('is empty without a selection, or for one the replicas have no part in', () => {
    expect(selectionCss(null, {})).toBe('');
    expect(selectionCss({ kind: 'message', messageId: 3 }, {})).toBe('');
    expect(selectionCss({ kind: 'zookeeper' }, {})).toBe('');
  });

  it('lights a broker’s replicas and the rows holding one, and dims the rest', () => {
    const css = selectionCss({ kind: 'broker', brokerId: 2 }, {});
    expect(css).toContain('.cluster .replica:is([data-broker="2"]) .replica-box{');
    expect(css).toContain(
      '.cluster .replica:not([data-broker="2"]) > *{fill-opacity:0.3;stroke-opacity:0.3}',
    );
    expect(css).toContain('.partition-row:is([data-replicas~="2"])');
  });

  it('lights a partition’s replicas on every broker and selects its row', () => {
    const css = selectionCss({ kind: 'partition', topic: 'orders', partition: 1 }, {});
    expect(css).toContain('.replica:is([data-tp="orders-1"]) .replica-box');
    expect(css).toContain('.partition-row:is([data-tp="orders-1"]) .partition-row-bg{fill:#fff1cc}');
    expect(css).not.toContain('drop-shadow');
  });

  it('marks the selected replica itself with a halo', () => {
    const css = selectionCss({ kind: 'replica', topic: 'orders', partition: 0, brokerId: 3 }, {});
    expect(css).toContain('.replica:is([data-tp="orders-0"][data-broker="3"]){filter:drop-shadow');
    expect(css).toContain('.replica:not([data-tp="orders-0"]) > *{fill-opacity');
    const record = selectionCss(
      { kind: 'record', topic: 'orders', partition: 0, brokerId: 3, offset: 9 },
      {},
    );
    expect(record).toBe(css);
  });

  it('lights a topic, and a consumer’s assigned partitions', () => {
    expect(selectionCss({ kind: 'topic', topic: 'orders' }, {})).toContain(
      '.replica:not([data-topic="orders"])',
    );
    const member = selectionCss({ kind: 'member', name: 'app' }, { memberPartitions: ['a-0', 'b-2'] });
    expect(member).toContain('.replica:not([data-tp="a-0"],[data-tp="b-2"])');
    // A consumer with nothing assigned: everything dims.
    expect(selectionCss({ kind: 'member', name: 'app' }, { memberPartitions: [] })).toContain(
      ':not([data-none])',
    );
  });

  it('quotes names so they cannot break out of the selector', () => {
    expect(selectionCss({ kind: 'topic', topic: 'a"b\\c' }, {})).toContain('[data-topic="a\\"b\\\\c"]');
  });
});
