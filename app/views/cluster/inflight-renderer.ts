/**
 * The one place d3 owns DOM (ARCHITECTURE.md, UI): the in-flight message dots inside an empty `<g>`
 * that React rendered. A transient store subscription marks the join dirty when messages or the
 * selection change; a d3 timer re-joins (keyed by message id) when dirty and moves every dot each
 * frame to `(now − sendMs) / (recvMs − sendMs)` along its link, so 60 fps motion never re-renders
 * React. At most {@link MAX_DOTS} dots exist; the rest are counted per link in a "+N" badge.
 */
import { select } from 'd3-selection';
import { timer } from 'd3-timer';
import type { MessageRecord, ViewId } from '../../../engine/view/types';
import type { AppStore } from '../../store/store';
import type { NodeAnchor } from './cluster-geometry';
import {
  categoryOf,
  type Link,
  linkBetween,
  linkKey,
  lostOpacity,
  type MessageCategory,
  type OverflowBadge,
  planDrawing,
  pointOnLink,
  progressOf,
} from './message-placement';
import type { SimNow } from './sim-now';

export const MAX_DOTS = 300;

export interface LayerInputs {
  readonly anchors: ReadonlyMap<string, NodeAnchor>;
  readonly shown: ReadonlySet<MessageCategory>;
  readonly label: (m: MessageRecord) => string;
  readonly overflowLabel: (b: OverflowBadge) => string;
  /** Changes whenever any of the above does (new positions, filter or language): forces a re-join. */
  readonly version: number;
}

/** What the layer remembers on each dot element between frames. */
interface DotElement extends SVGGElement {
  __transform?: string;
}

const EMPTY = new Map<ViewId, MessageRecord>();

const setIfChanged = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** Starts drawing into `root`; returns the stop function (which also empties `root`). */
export function startInFlightLayer(
  root: SVGGElement,
  store: AppStore,
  inputs: () => LayerInputs | null,
  now: SimNow,
): () => void {
  let dirty = true;
  let version = -1;
  let lastNowMs = Number.NaN;
  const links = new Map<string, Link>();
  const layer = select(root);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.kinds.message !== prev.kinds.message || s.selection !== prev.selection) dirty = true;
  });

  const linkOf = (from: string, to: string, anchors: ReadonlyMap<string, NodeAnchor>): Link | null => {
    const key = linkKey(from, to);
    const known = links.get(key);
    if (known) return known;
    const a = anchors.get(from);
    const b = anchors.get(to);
    if (!a || !b) return null;
    const link = linkBetween(a, b);
    links.set(key, link);
    return link;
  };

  const join = (inp: LayerInputs) => {
    const state = store.getState();
    const selectedId = state.selection?.kind === 'message' ? state.selection.messageId : null;
    const plan = planDrawing((state.kinds.message ?? EMPTY).values(), {
      cap: MAX_DOTS,
      shown: inp.shown,
      selectedId,
      placed: (node) => inp.anchors.has(node),
    });

    const dots = layer.selectAll<SVGGElement, MessageRecord>('g.msg').data(plan.drawn, (d) => d.id);
    dots.exit().remove();
    const entered = dots
      .enter()
      .append('g')
      .attr('tabindex', 0)
      .attr('role', 'button')
      .on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        store.getState().select({ kind: 'message', messageId: d.messageId });
      })
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        store.getState().select({ kind: 'message', messageId: d.messageId });
      });
    entered.append('circle').attr('class', 'msg-dot').attr('r', 6);
    entered.append('path').attr('class', 'msg-x').attr('d', 'M-5,-5L5,5M-5,5L5,-5');
    entered.merge(dots).each(function (d) {
      const selected = d.messageId === selectedId;
      const cls = `msg msg--${categoryOf(d)} msg--${d.direction}${d.lost ? ' msg--lost' : ''}${selected ? ' msg--selected' : ''}`;
      setIfChanged(this, 'class', cls);
      setIfChanged(this, 'aria-label', inp.label(d));
      setIfChanged(this, 'aria-pressed', String(selected));
    });

    const badges = layer
      .selectAll<SVGGElement, OverflowBadge>('g.msg-overflow')
      .data(plan.overflow, (b) => linkKey(b.from, b.to));
    badges.exit().remove();
    const newBadges = badges.enter().append('g').attr('class', 'msg-overflow').attr('role', 'img');
    newBadges
      .append('rect')
      .attr('x', -16)
      .attr('y', -10)
      .attr('width', 32)
      .attr('height', 20)
      .attr('rx', 10);
    newBadges.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
    newBadges.merge(badges).each(function (b) {
      const link = linkOf(b.from, b.to, inp.anchors);
      const p = link ? pointOnLink(link, 0.5) : { x: 0, y: 0 };
      setIfChanged(this, 'transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
      setIfChanged(this, 'aria-label', inp.overflowLabel(b));
      const text = this.querySelector('text');
      const value = `+${b.count}`;
      if (text && text.textContent !== value) text.textContent = value;
    });
  };

  const place = (inp: LayerInputs, nowMs: number) => {
    layer.selectAll<DotElement, MessageRecord>('g.msg').each(function (d) {
      const link = linkOf(d.from, d.to, inp.anchors);
      if (!link) return;
      const t = progressOf(d, nowMs);
      const p = pointOnLink(link, t);
      const transform = `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`;
      if (this.__transform !== transform) {
        this.__transform = transform;
        this.setAttribute('transform', transform);
      }
      if (d.lost) this.style.opacity = lostOpacity(t).toFixed(2);
      else if (this.style.opacity !== '') this.style.opacity = '';
    });
  };

  const tick = timer(() => {
    const inp = inputs();
    if (inp === null) return;
    if (inp.version !== version) {
      version = inp.version;
      links.clear();
      dirty = true;
    }
    const nowMs = now.at(performance.now());
    if (!dirty && nowMs === lastNowMs) return;
    if (dirty) {
      dirty = false;
      join(inp);
    }
    lastNowMs = nowMs;
    if (!Number.isNaN(nowMs)) place(inp, nowMs);
  });

  return () => {
    tick.stop();
    unsubscribe();
    layer.selectAll('*').remove();
  };
}
