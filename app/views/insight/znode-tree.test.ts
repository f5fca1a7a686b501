import { describe, expect, it } from 'vitest';
import type { ZnodeRecord } from '../../../engine/view/types';
import { LANGS, translate } from '../../i18n/i18n';
import {
  ancestorsOf,
  buildZnodeIndex,
  compactZnodeData,
  parentPath,
  prettyZnodeData,
  relatedZnodePaths,
  visibleRows,
  znodeExplanation,
  znodeName,
  znodeSubject,
} from './znode-tree';

const node = (path: string, data = ''): ZnodeRecord => ({
  kind: 'znode',
  id: `znode:${path}`,
  path,
  data,
  ephemeralOwner: '0x0',
  version: 0,
  mzxid: 1,
  childCount: 0,
});

const PATHS = [
  '/',
  '/brokers',
  '/brokers/ids',
  '/brokers/ids/10',
  '/brokers/ids/2',
  '/brokers/ids/1',
  '/brokers/topics',
  '/brokers/topics/orders',
  '/brokers/topics/orders/partitions',
  '/brokers/topics/orders/partitions/0',
  '/brokers/topics/orders/partitions/0/state',
  '/controller',
  '/controller_epoch',
];

describe('znode paths', () => {
  it('finds parents, names and ancestors', () => {
    expect(parentPath('/')).toBeNull();
    expect(parentPath('/brokers')).toBe('/');
    expect(parentPath('/brokers/ids/1')).toBe('/brokers/ids');
    expect(znodeName('/')).toBe('/');
    expect(znodeName('/brokers/ids/1')).toBe('1');
    expect(ancestorsOf('/brokers/ids/1')).toEqual(['/', '/brokers', '/brokers/ids']);
  });
});

describe('visibleRows', () => {
  const index = buildZnodeIndex(PATHS.map((p) => node(p)));

  it('shows the root alone when nothing is expanded', () => {
    expect(visibleRows(index, new Set()).map((r) => r.path)).toEqual(['/']);
  });

  it('lists expanded children in numeric order with their tree positions', () => {
    const rows = visibleRows(index, new Set(['/', '/brokers', '/brokers/ids']));
    expect(rows.map((r) => r.path)).toEqual([
      '/',
      '/brokers',
      '/brokers/ids',
      '/brokers/ids/1',
      '/brokers/ids/2',
      '/brokers/ids/10',
      '/brokers/topics',
      '/controller',
      '/controller_epoch',
    ]);
    const ten = rows.find((r) => r.path === '/brokers/ids/10');
    expect(ten).toMatchObject({
      level: 4,
      posInSet: 3,
      setSize: 3,
      hasChildren: false,
      parent: '/brokers/ids',
    });
    expect(rows.find((r) => r.path === '/brokers/topics')).toMatchObject({
      hasChildren: true,
      expanded: false,
    });
  });

  it('treats a node whose parent is missing as a root', () => {
    const partial = buildZnodeIndex([node('/brokers'), node('/brokers/ids')]);
    expect(partial.roots).toEqual(['/brokers']);
  });
});

describe('prettyZnodeData', () => {
  it('indents Kafka JSON and keeps its key order', () => {
    const stored = '{"version":3,"partitions":{"10":[1,2],"2":[2,3]},"topic_id":"abc","adding_replicas":{}}';
    const { text, json } = prettyZnodeData(stored);
    expect(json).toBe(true);
    expect(text).toBe(
      [
        '{',
        '  "version": 3,',
        '  "partitions": {',
        '    "10": [1, 2],',
        '    "2": [2, 3]',
        '  },',
        '  "topic_id": "abc",',
        '  "adding_replicas": {}',
        '}',
      ].join('\n'),
    );
  });

  it('keeps punctuation inside strings untouched', () => {
    expect(prettyZnodeData('{"a":"x,{y}: [z]"}').text).toBe('{\n  "a": "x,{y}: [z]"\n}');
    expect(prettyZnodeData('{"endpoints":["PLAINTEXT://h:9092"]}').text).toBe(
      '{\n  "endpoints": ["PLAINTEXT://h:9092"]\n}',
    );
  });

  it('returns data that is not JSON as it is', () => {
    expect(prettyZnodeData('7')).toEqual({ text: '7', json: false });
    expect(prettyZnodeData('')).toEqual({ text: '', json: false });
    expect(prettyZnodeData('{not json')).toEqual({ text: '{not json', json: false });
  });

  it('cuts long data for the row', () => {
    expect(compactZnodeData('{"a":1}')).toBe('{"a":1}');
    expect(compactZnodeData('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('selection and znodes', () => {
  it('finds the znodes of the selected thing', () => {
    expect(relatedZnodePaths({ kind: 'broker', brokerId: 2 })).toEqual(['/brokers/ids/2']);
    expect(relatedZnodePaths({ kind: 'partition', topic: 'orders', partition: 1 })).toEqual([
      '/brokers/topics/orders/partitions/1/state',
    ]);
    expect(relatedZnodePaths({ kind: 'topic', topic: 'orders' })).toContain('/config/topics/orders');
    expect(relatedZnodePaths(null)).toEqual([]);
  });

  it('maps znodes back to brokers, topics and partitions', () => {
    expect(znodeSubject('/brokers/ids/2')).toEqual({ kind: 'broker', brokerId: 2 });
    expect(znodeSubject('/brokers/topics/orders')).toEqual({ kind: 'topic', topic: 'orders' });
    expect(znodeSubject('/brokers/topics/orders/partitions/1/state')).toEqual({
      kind: 'partition',
      topic: 'orders',
      partition: 1,
    });
    expect(znodeSubject('/config/topics/orders')).toEqual({ kind: 'topic', topic: 'orders' });
    expect(znodeSubject('/controller')).toBeNull();
    expect(znodeSubject('/brokers/ids')).toBeNull();
  });
});

describe('znodeExplanation', () => {
  it('explains every well-known path in both languages', () => {
    const paths = [
      ...PATHS,
      '/zookeeper',
      '/zookeeper/quota',
      '/zookeeper/config',
      '/brokers/seqid',
      '/config',
      '/config/topics',
      '/config/topics/orders',
      '/config/brokers',
      '/config/brokers/<default>',
      '/config/changes',
      '/config/changes/config_change_0000000001',
      '/config/clients',
      '/config/users',
      '/config/ips',
      '/admin',
      '/admin/delete_topics',
      '/admin/delete_topics/orders',
      '/isr_change_notification',
      '/log_dir_event_notification',
      '/latest_producer_id_block',
      '/cluster',
      '/cluster/id',
      '/feature',
      '/consumers',
    ];
    for (const path of paths) {
      const explanation = znodeExplanation(path);
      expect(explanation, path).not.toBeNull();
      for (const lang of LANGS) {
        const text = translate(lang, explanation?.key ?? 'insight.na', explanation?.params);
        expect(text, path).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('fills in the broker, topic and partition', () => {
    const state = znodeExplanation('/brokers/topics/orders/partitions/1/state');
    expect(translate('en', state?.key ?? 'insight.na', state?.params)).toContain(
      'Partition orders-1: leader',
    );
    const broker = znodeExplanation('/brokers/ids/3');
    expect(translate('ko', broker?.key ?? 'insight.na', broker?.params)).toContain('브로커 3의 등록 정보');
    expect(znodeExplanation('/brokers/topics/orders/unknown')).toBeNull();
    expect(znodeExplanation('/something/else')).toBeNull();
  });
});
