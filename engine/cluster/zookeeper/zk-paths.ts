/**
 * Znode path rules (`PathUtils.validatePath`) and the path arithmetic `DataTree` does with
 * `lastIndexOf('/')`.
 */

/** Paths ZooKeeper owns: deleting one is refused with BadArguments (`DataTree.isSpecialPath`). */
const SPECIAL_PATHS: ReadonlySet<string> = new Set([
  '/',
  '/zookeeper',
  '/zookeeper/quota',
  '/zookeeper/config',
]);

/**
 * Throws the client's `IllegalArgumentException` text when `path` is not a valid znode path. The Java
 * client checks before sending, so an invalid path never reaches the server nor uses a zxid. A
 * sequential create is checked with a digit appended, since the server adds the suffix.
 *
 * @example
 *   validatePath('/brokers/ids/1'); // ok
 *   validatePath('/brokers/'); // throws 'Path must not end with / character'
 */
export function validatePath(path: string, sequential = false): void {
  const full = sequential ? `${path}1` : path;
  if (full.length === 0) throw new RangeError('Path length must be > 0');
  if (full[0] !== '/') throw new RangeError('Path must start with / character');
  if (full.length === 1) return;
  if (full.endsWith('/')) throw new RangeError('Path must not end with / character');
  const reason = invalidReason(full);
  if (reason !== null) throw new RangeError(`Invalid path string "${full}" caused by ${reason}`);
}

function invalidReason(path: string): string | null {
  for (let i = 1; i < path.length; i++) {
    const c = path.charCodeAt(i);
    const last = path[i - 1];
    const segmentEnds = i + 1 === path.length || path[i + 1] === '/';
    if (c === 0) return `null character not allowed @${i}`;
    if (c === 0x2f && last === '/') return `empty node name specified @${i}`;
    if (c === 0x2e && last === '.' && path[i - 2] === '/' && segmentEnds)
      return `relative paths not allowed @${i}`;
    if (c === 0x2e && last === '/' && segmentEnds) return `relative paths not allowed @${i}`;
    if (isInvalidChar(c)) return `invalid character @${i}`;
  }
  return null;
}

function isInvalidChar(c: number): boolean {
  return (
    (c > 0 && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xfff0 && c <= 0xffff)
  );
}

/**
 * The parent of a znode path (`/` for a top-level znode).
 *
 * @example
 *   parentPath('/brokers/ids/1'); // '/brokers/ids'
 */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/**
 * The last segment of a znode path.
 *
 * @example
 *   childName('/brokers/ids/1'); // '1'
 */
export function childName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins a parent path and a child name. */
export function joinPath(parent: string, child: string): string {
  return parent === '/' ? `/${child}` : `${parent}/${child}`;
}

/** True for `/`, `/zookeeper` and its two built-in children, which no client may delete. */
export function isSpecialPath(path: string): boolean {
  return SPECIAL_PATHS.has(path);
}
