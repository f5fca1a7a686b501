import type { WatchEventType, WatchedEvent } from './zookeeper-types';

/**
 * One of the server's two watch tables (`WatchManager`): path → watchers. `DataTree` keeps one for data
 * watches (set by exists and getData) and one for child watches (set by getChildren). Watches are
 * one-shot: firing removes them.
 */
export class WatchManager {
  private readonly table = new Map<string, Set<string>>();

  /**
   * Registers `watcher` on `path`; a second registration of the same pair is the same watch.
   *
   * @example
   *   dataWatches.add('/controller', 'broker-2');
   */
  add(path: string, watcher: string): void {
    let watchers = this.table.get(path);
    if (watchers === undefined) {
      watchers = new Set();
      this.table.set(path, watchers);
    }
    watchers.add(watcher);
  }

  /**
   * Fires and removes every watch on `path`, returning one event per watcher (sorted by watcher id for
   * determinism; ZooKeeper walks a HashSet). Watchers in `suppress` lose their watch without a second
   * event: a delete notifies a client once even when it watched both the data and the children.
   *
   * @example
   *   childWatches.trigger('/brokers/ids', 'NodeChildrenChanged', 42); // [{ type, path, watcher, zxid }]
   */
  trigger(path: string, type: WatchEventType, zxid: number, suppress?: ReadonlySet<string>): WatchedEvent[] {
    const watchers = this.table.get(path);
    if (watchers === undefined) return [];
    this.table.delete(path);
    return [...watchers]
      .filter((watcher) => suppress === undefined || !suppress.has(watcher))
      .sort()
      .map((watcher) => ({ type, path, watcher, zxid }));
  }

  /** Drops every watch `watcher` holds, as the server does when its connection closes. */
  removeWatcher(watcher: string): void {
    for (const [path, watchers] of this.table) {
      watchers.delete(watcher);
      if (watchers.size === 0) this.table.delete(path);
    }
  }

  /** Watchers on `path`, sorted. */
  watchersOf(path: string): string[] {
    return [...(this.table.get(path) ?? [])].sort();
  }

  /** The whole table as plain data, sorted by path then watcher. */
  toEntries(): { path: string; watchers: string[] }[] {
    return [...this.table.keys()]
      .sort()
      .map((path) => ({ path, watchers: this.watchersOf(path) }))
      .filter((entry) => entry.watchers.length > 0);
  }

  /** Rebuilds a table from `toEntries()`. */
  static fromEntries(entries: readonly { path: string; watchers: readonly string[] }[]): WatchManager {
    const manager = new WatchManager();
    for (const { path, watchers } of entries) for (const watcher of watchers) manager.add(path, watcher);
    return manager;
  }
}
