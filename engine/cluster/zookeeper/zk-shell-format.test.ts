import { describe, expect, it } from 'vitest';
import { KeeperException } from './keeper-exception';
import {
  formatGet,
  formatJavaDate,
  formatKeeperError,
  formatLs,
  formatNoNode,
  formatStat,
} from './zk-shell-format';
import { ZooKeeperServer } from './zookeeper';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('zookeeper-shell output', () => {
  it('ls sorts children as strings', () => {
    expect(formatLs(['3', '10', '2'])).toBe('[10, 2, 3]');
    expect(formatLs([])).toBe('[]');
  });

  it('get prints the data, or null', () => {
    expect(formatGet('{"version":2}')).toBe('{"version":2}');
    expect(formatGet(null)).toBe('null');
    expect(formatGet('')).toBe('');
  });

  it('prints dates as Java’s Date.toString in UTC (checked against JDK 17)', () => {
    expect(formatJavaDate(T0)).toBe('Mon Jan 05 09:00:00 UTC 2026');
    expect(formatJavaDate(Date.UTC(2023, 10, 25, 10, 0, 0))).toBe('Sat Nov 25 10:00:00 UTC 2023');
    expect(formatJavaDate(0)).toBe('Thu Jan 01 00:00:00 UTC 1970');
  });

  it('prints a stat as get -s does, for an ephemeral znode', () => {
    const zk = new ZooKeeperServer({ nowMs: T0, monotonicMs: 0x1e8c4 });
    const sid = zk.createSession(T0, 18_000, 'broker-1');
    zk.create('/controller', '{"version":2,"brokerid":1}', 'ephemeral', sid, T0 + 1000);
    const stat = zk.exists('/controller');
    if (stat === null) throw new Error('no /controller');
    expect(formatStat(stat)).toBe(
      [
        'cZxid = 0x2',
        'ctime = Mon Jan 05 09:00:01 UTC 2026',
        'mZxid = 0x2',
        'mtime = Mon Jan 05 09:00:01 UTC 2026',
        'pZxid = 0x2',
        'cversion = 0',
        'dataVersion = 0',
        'aclVersion = 0',
        'ephemeralOwner = 0x1000001e8c40000',
        'dataLength = 26',
        'numChildren = 0',
      ].join('\n'),
    );
    expect(formatStat(zk.getData('/').stat).split('\n')[8]).toBe('ephemeralOwner = 0x0');
  });

  it('words errors as CliWrapperException does', () => {
    expect(formatNoNode('/controller')).toBe('Node does not exist: /controller');
    expect(formatKeeperError(new KeeperException('NoNode', '/x'))).toBe('Node does not exist: /x');
    expect(formatKeeperError(new KeeperException('NodeExists', '/x'))).toBe('Node already exists: /x');
    expect(formatKeeperError(new KeeperException('NotEmpty', '/x'))).toBe('Node not empty: /x');
    expect(formatKeeperError(new KeeperException('BadVersion', '/x'))).toBe('version No is not valid : /x');
    expect(formatKeeperError(new KeeperException('SessionExpired', '/x'))).toBe(
      'KeeperErrorCode = Session expired for /x',
    );
  });
});
