/**
 * Messages on the wire, animated along the links between nodes (view 10). React renders this empty
 * `<g>` and never children inside it: inflight-renderer.ts (d3) owns the subtree. This component only
 * hands it the node positions, the category filter and the language, through a ref it reads each frame.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import type { NodeAnchor } from './cluster-geometry';
import { messageLabel } from './cluster-labels';
import { type LayerInputs, startInFlightLayer } from './inflight-renderer';
import type { MessageCategory } from './message-placement';
import { simNowFor } from './sim-now';

export function InFlightLayer({
  anchors,
  shown,
}: {
  anchors: ReadonlyMap<string, NodeAnchor>;
  shown: ReadonlySet<MessageCategory>;
}) {
  const { t } = useT();
  const store = useAppStoreApi();
  const ref = useRef<SVGGElement>(null);
  const inputs = useRef<LayerInputs | null>(null);

  useLayoutEffect(() => {
    inputs.current = {
      anchors,
      shown,
      label: (m) => messageLabel(t, m),
      overflowLabel: (b) => t('cluster.message.overflow', { from: b.from, to: b.to, n: b.count }),
      version: (inputs.current?.version ?? 0) + 1,
    };
  }, [anchors, shown, t]);

  useEffect(() => {
    const root = ref.current;
    if (root === null) return;
    return startInFlightLayer(root, store, () => inputs.current, simNowFor(store));
  }, [store]);

  return <g ref={ref} className="inflight" />;
}
