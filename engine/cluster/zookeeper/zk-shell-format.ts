import type { KeeperException } from './keeper-exception';
import type { Stat } from './zookeeper-types';

/**
 * What `zookeeper-shell.sh` (the ZooKeeper 3.8 CLI Kafka ships) prints: `LsCommand`, `GetCommand`,
 * `StatPrinter` and `CliWrapperException`. Pure text; lines are joined with `\n`, no trailing newline.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * `ls`: the children sorted as Java sorts strings (by UTF-16 unit), in `[a, b, c]` form.
 *
 * @example
 *   formatLs(['3', '1', '2']); // '[1, 2, 3]'
 */
export function formatLs(children: readonly string[]): string {
  return `[${[...children].sort().join(', ')}]`;
}

/**
 * `get`: the data as text, `null` for a znode without data.
 *
 * @example
 *   formatGet(null); // 'null'
 */
export function formatGet(data: string | null): string {
  return data ?? 'null';
}

/**
 * `StatPrinter`: what `stat`, `get -s` and `ls -s` print after the data (zxids and the owner in hex).
 *
 * @example
 *   formatStat(stat).split('\n')[8]; // 'ephemeralOwner = 0x0'
 */
export function formatStat(stat: Stat): string {
  return [
    `cZxid = ${hex(stat.czxid)}`,
    `ctime = ${formatJavaDate(stat.ctime)}`,
    `mZxid = ${hex(stat.mzxid)}`,
    `mtime = ${formatJavaDate(stat.mtime)}`,
    `pZxid = ${hex(stat.pzxid)}`,
    `cversion = ${stat.cversion}`,
    `dataVersion = ${stat.version}`,
    `aclVersion = ${stat.aversion}`,
    `ephemeralOwner = ${stat.ephemeralOwner}`,
    `dataLength = ${stat.dataLength}`,
    `numChildren = ${stat.numChildren}`,
  ].join('\n');
}

/** `"0x" + Long.toHexString(zxid)`. */
function hex(zxid: number): string {
  return `0x${zxid.toString(16)}`;
}

/**
 * `new Date(ms).toString()` in a JVM whose zone is UTC: `EEE MMM dd HH:mm:ss zzz yyyy`.
 *
 * @example
 *   formatJavaDate(Date.UTC(2026, 0, 5, 9)); // 'Mon Jan 05 09:00:00 UTC 2026'
 */
export function formatJavaDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/**
 * The shell's line for a missing znode.
 *
 * @example
 *   formatNoNode('/controller'); // 'Node does not exist: /controller'
 */
export function formatNoNode(path: string): string {
  return `Node does not exist: ${path}`;
}

/**
 * The shell's line for a failed command (`CliWrapperException`): its own words for the common codes,
 * else the exception's message.
 *
 * @example
 *   formatKeeperError(new KeeperException('NodeExists', '/a')); // 'Node already exists: /a'
 */
export function formatKeeperError(error: KeeperException): string {
  const path = error.path ?? '';
  switch (error.code) {
    case 'NoNode':
      return formatNoNode(path);
    case 'NoChildrenForEphemerals':
      return `Ephemerals cannot have children: ${path}`;
    case 'NodeExists':
      return `Node already exists: ${path}`;
    case 'NotEmpty':
      return `Node not empty: ${path}`;
    case 'BadArguments':
      return `Arguments are not valid : ${path}`;
    case 'BadVersion':
      return `version No is not valid : ${path}`;
    default:
      return error.message;
  }
}
