/**
 * Where an in-flight message is drawn (pure; Node-tested). As in RaftScope, a message is state with a
 * send and a receive time, and the view places it at `(now − sendMs) / (recvMs − sendMs)` along the
 * link between its two nodes, so pausing, stepping and rewinding all show it exactly. Links are
 * quadratic curves routed around the boxes (see {@link linkBetween}), and a request and its response
 * (opposite directions) never share a path. Which messages are drawn is bounded: past `cap`, the rest
 * of each link is counted into one "+N" badge.
 *
 * @example
 *   const link = linkBetween(anchors.get(m.from)!, anchors.get(m.to)!);
 *   pointOnLink(link, progressOf(m, nowMs)); // { x, y }
 */
import type { MessageRecord } from '../../../engine/view/types';
import type { Box, NodeAnchor } from './cluster-geometry';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A quadratic Bézier from `start` through control `control` to `end`. */
export interface Link {
  readonly start: Point;
  readonly control: Point;
  readonly end: Point;
}

/** How far a generic link bends, as a share of its length, and at most. */
const BEND_SHARE = 0.12;
const BEND_MAX_PX = 34;
/** Broker-to-broker links dip under the brokers' row; leftward trips dip deeper than rightward ones. */
const DIP_MIN_PX = 28;
const DIP_MAX_PX = 72;
const DIP_RETURN_PX = 16;
/** Where a client's request and the broker's response meet the broker's top edge, apart. */
const TOP_SPLIT_PX = 10;

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const top = (b: Box, dx = 0): Point => ({ x: b.x + b.width / 2 + dx, y: b.y });
const bottom = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height });

/** Where the ray from `box`'s centre towards `toward` leaves the box. */
export function edgeToward(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** A curve from `start` to `end` bending `bend` px to the left of travel (SVG's y grows downwards). */
function bent(start: Point, end: Point, bend: number): Link {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { start, control: start, end };
  const control = {
    x: (start.x + end.x) / 2 + (dy / length) * bend,
    y: (start.y + end.y) / 2 - (dx / length) * bend,
  };
  return { start, control, end };
}

/**
 * The path a message takes between two nodes. Between brokers it dips under their row (so it never
 * crosses a broker's box), a leftward trip deeper than a rightward one; ZooKeeper's messages follow its
 * session lines; a client's meet the broker's top edge, request and response a little apart; any
 * other pair goes edge to edge. Opposite directions always take different paths.
 */
export function linkBetween(from: NodeAnchor, to: NodeAnchor): Link {
  if (from.kind === 'broker' && to.kind === 'broker') {
    const start = bottom(from.box);
    const end = bottom(to.box);
    const length = Math.abs(end.x - start.x);
    const dip = Math.min(DIP_MAX_PX, DIP_MIN_PX + 0.08 * length) + (end.x < start.x ? DIP_RETURN_PX : 0);
    return { start, control: { x: (start.x + end.x) / 2, y: Math.max(start.y, end.y) + dip }, end };
  }
  if (from.kind === 'zookeeper' && to.kind === 'broker') return bent(bottom(from.box), top(to.box), 6);
  if (from.kind === 'broker' && to.kind === 'zookeeper') return bent(top(from.box), bottom(to.box), 6);
  if (from.kind === 'client' && to.kind === 'broker') {
    const end = top(to.box, -TOP_SPLIT_PX);
    return generic(edgeToward(from.box, end), end);
  }
  if (from.kind === 'broker' && to.kind === 'client') {
    const start = top(from.box, TOP_SPLIT_PX);
    return generic(start, edgeToward(to.box, start));
  }
  return generic(edgeToward(from.box, centre(to.box)), edgeToward(to.box, centre(from.box)));
}

function generic(start: Point, end: Point): Link {
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  return bent(start, end, Math.min(BEND_MAX_PX, length * BEND_SHARE));
}

export function pointOnLink(link: Link, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * link.start.x + 2 * u * t * link.control.x + t * t * link.end.x,
    y: u * u * link.start.y + 2 * u * t * link.control.y + t * t * link.end.y,
  };
}

/** The SVG path of a link (for drawing it faintly). */
export function linkPath(link: Link): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(link.start.x)},${r(link.start.y)} Q${r(link.control.x)},${r(link.control.y)} ${r(link.end.x)},${r(link.end.y)}`;
}

/** Share of the trip done at `nowMs`, 0..1 (a message with no travel time is already there). */
export function progressOf(m: Pick<MessageRecord, 'sendMs' | 'recvMs'>, nowMs: number): number {
  const span = m.recvMs - m.sendMs;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (nowMs - m.sendMs) / span));
}

/** The filter groups: what a message is for, by Kafka API and by who talks to whom. */
export type MessageCategory =
  | 'produce'
  | 'fetch'
  | 'replication'
  | 'controller'
  | 'group'
  | 'metadata'
  | 'zookeeper';

export const MESSAGE_CATEGORIES: readonly MessageCategory[] = [
  'produce',
  'fetch',
  'replication',
  'controller',
  'group',
  'metadata',
  'zookeeper',
];

const API_CATEGORY: Readonly<Record<string, MessageCategory>> = {
  Produce: 'produce',
  InitProducerId: 'produce',
  ListOffsets: 'fetch',
  LeaderAndIsr: 'controller',
  UpdateMetadata: 'controller',
  StopReplica: 'controller',
  AlterPartition: 'controller',
  FindCoordinator: 'group',
  JoinGroup: 'group',
  SyncGroup: 'group',
  Heartbeat: 'group',
  LeaveGroup: 'group',
  OffsetCommit: 'group',
  OffsetFetch: 'group',
  Metadata: 'metadata',
};

const isBroker = (node: string) => node.startsWith('broker-');

export function categoryOf(m: Pick<MessageRecord, 'api' | 'from' | 'to' | 'direction'>): MessageCategory {
  if (m.direction === 'zk' || m.from === 'zookeeper' || m.to === 'zookeeper') return 'zookeeper';
  // A follower's fetch is replication; a consumer's fetch is consumption. Same API, different story.
  if (m.api === 'Fetch') return isBroker(m.from) && isBroker(m.to) ? 'replication' : 'fetch';
  return API_CATEGORY[m.api] ?? 'metadata';
}

export const linkKey = (from: string, to: string): string => `${from}→${to}`;

export interface OverflowBadge {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

export interface DrawPlan {
  readonly drawn: readonly MessageRecord[];
  readonly overflow: readonly OverflowBadge[];
}

export interface DrawOptions {
  readonly cap: number;
  readonly shown: ReadonlySet<MessageCategory>;
  /** Always drawn (the selected message), even past the cap. */
  readonly selectedId: number | null;
  /** Messages between nodes that are not on screen are skipped. */
  readonly placed: (node: string) => boolean;
}

/**
 * Up to `cap` messages of the shown categories, oldest ids first (a dot once drawn keeps its place
 * until it arrives, so nothing flickers); the rest counted per link.
 */
export function planDrawing(messages: Iterable<MessageRecord>, options: DrawOptions): DrawPlan {
  const candidates: MessageRecord[] = [];
  for (const m of messages) {
    if (!options.placed(m.from) || !options.placed(m.to)) continue;
    if (!options.shown.has(categoryOf(m)) && m.messageId !== options.selectedId) continue;
    candidates.push(m);
  }
  candidates.sort((a, b) => a.messageId - b.messageId);
  const drawn: MessageRecord[] = [];
  const counts = new Map<string, OverflowBadge>();
  for (const m of candidates) {
    if (drawn.length < options.cap || m.messageId === options.selectedId) {
      drawn.push(m);
      continue;
    }
    const key = linkKey(m.from, m.to);
    const badge = counts.get(key);
    counts.set(key, { from: m.from, to: m.to, count: (badge?.count ?? 0) + 1 });
  }
  return { drawn, overflow: [...counts.values()] };
}

/** Lost messages fade as they go (they will never arrive): full at the start, faint at the end. */
export function lostOpacity(t: number): number {
  return 1 - 0.75 * Math.min(1, Math.max(0, t));
}
