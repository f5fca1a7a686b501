import { describe, expect, it } from 'vitest';
import type { GroupDescription, GroupMemberDescription } from '../../cluster/cluster-api';
import {
  formatGroupList,
  formatMembersTable,
  formatOffsetsTable,
  formatStateTable,
  groupStateNotice,
  offsetsRows,
} from './consumer-groups';

const MEMBER = 'console-consumer-3f1c2a7e-5b9d-4c1e-8a2f-6d0e9b7c4a11';

const member = (assignment: Array<[string, number]>, memberId = MEMBER): GroupMemberDescription => ({
  memberId,
  groupInstanceId: null,
  clientId: 'console-consumer',
  host: '/127.0.0.1',
  assignment: assignment.map(([topic, partition]) => ({ topic, partition })),
});

const group = (over: Partial<GroupDescription> = {}): GroupDescription => ({
  groupId: 'my-group',
  state: 'Stable',
  generationId: 1,
  protocol: 'range',
  coordinator: { id: 1, host: 'localhost', port: 9092 },
  members: [],
  offsets: [],
  ...over,
});

describe('kafka-consumer-groups --describe (offsets view)', () => {
  it('prints the KAFKA-REFERENCE §11.4 table, without the final newline 3.9 leaves out', () => {
    const g = group({
      members: [
        member([
          ['demo', 2],
          ['demo', 0],
          ['demo', 1],
        ]),
      ],
      offsets: [
        { topic: 'demo', partition: 0, offset: 5 },
        { topic: 'demo', partition: 1, offset: 7 },
      ],
    });
    const leo = new Map([
      ['demo-0', 10],
      ['demo-1', 7],
      ['demo-2', 3],
    ]);
    expect(formatOffsetsTable(offsetsRows(g, leo))).toBe(
      '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                                           HOST            CLIENT-ID' +
        `\nmy-group        demo            0          5               10              5               ${MEMBER} /127.0.0.1      console-consumer` +
        `\nmy-group        demo            1          7               7               0               ${MEMBER} /127.0.0.1      console-consumer` +
        `\nmy-group        demo            2          -               3               -               ${MEMBER} /127.0.0.1      console-consumer`,
    );
  });

  it('puts one member with partitions 0-5 of demo in hash-map order: 5 first', () => {
    const g = group({ members: [member([0, 1, 2, 3, 4, 5].map((p) => ['demo', p] as [string, number]))] });
    expect(offsetsRows(g, new Map()).map((r) => r.partition)).toEqual([5, 0, 1, 2, 3, 4]);
  });

  it('lists members with more partitions first, then committed partitions nobody owns', () => {
    const g = group({
      members: [
        member([['a', 0]], 'm1'),
        member(
          [
            ['a', 1],
            ['a', 2],
          ],
          'm2',
        ),
        member([], 'm3'),
      ],
      offsets: [{ topic: 'b', partition: 0, offset: 4 }],
    });
    const rows = offsetsRows(g, new Map([['b-0', 6]]));
    // a-2 hashes to bucket 0 (31 * 33 + 97 = 1120), a-1 to bucket 1 (1089).
    expect(rows.map((r) => `${r.consumerId}:${r.topic}-${r.partition}:${r.lag}`)).toEqual([
      'm2:a-2:null',
      'm2:a-1:null',
      'm1:a-0:null',
      '-:b-0:2',
    ]);
  });

  it('widens columns to the longest value and shows - for unknown numbers', () => {
    const g = group({
      groupId: 'a-rather-long-group-name',
      offsets: [{ topic: 't', partition: 0, offset: 1 }],
    });
    const table = formatOffsetsTable(offsetsRows(g, new Map([['t-0', null]])));
    expect(table.split('\n')[2]).toBe(
      'a-rather-long-group-name t               0          1               -               -               -               -               -',
    );
  });
});

describe('group state notices', () => {
  it('reports a group that does not exist on stdout', () => {
    expect(groupStateNotice('nope', 'Dead', 0)).toEqual({
      stdout: "\nError: Consumer group 'nope' does not exist.\n",
      stderr: '',
      printTable: false,
    });
  });

  it('reports an empty group on stderr and still prints its committed offsets', () => {
    expect(groupStateNotice('g', 'Empty', 2)).toEqual({
      stdout: '',
      stderr: "\nConsumer group 'g' has no active members.\n",
      printTable: true,
    });
    expect(groupStateNotice('g', 'Empty', 0).printTable).toBe(false);
  });

  it('warns while the group rebalances', () => {
    expect(groupStateNotice('g', 'PreparingRebalance', 1).stderr).toBe(
      "\nWarning: Consumer group 'g' is rebalancing.\n",
    );
    expect(groupStateNotice('g', 'Stable', 1)).toEqual({ stdout: '', stderr: '', printTable: true });
  });
});

describe('--members and --state views', () => {
  it('pads every column, the last one too', () => {
    expect(
      formatMembersTable(
        'g',
        [
          member(
            [
              ['demo', 10],
              ['demo', 2],
              ['x', 0],
            ],
            'c-1',
          ),
        ],
        true,
      ),
    ).toBe(
      '\nGROUP           CONSUMER-ID     HOST            CLIENT-ID        #PARTITIONS     ASSIGNMENT\n' +
        'g               c-1             /127.0.0.1      console-consumer 3               (0), (10,2)\n',
    );
  });

  it('prints the header even for a group without members', () => {
    expect(formatMembersTable('g', [], false)).toBe(
      '\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n',
    );
  });

  it('gives the GROUP column the coordinator column width', () => {
    expect(formatStateTable(group({ members: [member([])] }))).toBe(
      '\nGROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS' +
        '\nmy-group                  localhost:9092  (1)       range                Stable          1\n',
    );
  });

  it('lists groups in HashMap order', () => {
    expect(formatGroupList(['b', 'a'])).toBe('a\nb\n');
    expect(formatGroupList([])).toBe('');
  });
});
