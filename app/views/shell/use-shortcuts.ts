/** Installs the page's keyboard shortcuts (see shortcut-keys.ts for the map). */
import { useEffect } from 'react';
import { partitionViewId } from '../../../engine/view/types';
import { useAppStoreApi, useEngine } from '../../bridge/context';
import { translate } from '../../i18n/i18n';
import { recordOf, selectClock } from '../../store/selectors';
import { JUMPS } from '../TimeControls';
import { shortcutFor } from './shortcut-keys';

export function useShortcuts(): void {
  const store = useAppStoreApi();
  const engine = useEngine();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const el = e.target instanceof Element ? e.target : document.body;
      const action = shortcutFor(
        e.key,
        {
          tag: el.tagName.toLowerCase(),
          ...(el instanceof HTMLInputElement ? { type: el.type } : {}),
          role: el.getAttribute('role'),
          editable: el instanceof HTMLElement && el.isContentEditable,
        },
        { ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey },
      );
      if (action === null) return;
      const state = store.getState();
      const clock = selectClock(state);
      const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
        translate(state.lang, key, params);
      e.preventDefault();
      switch (action) {
        case 'play-pause':
          if (clock && clock.busyKind === 'none') engine.playback(!clock.playing, clock.speed);
          return;
        case 'step':
          void engine.step().catch(() => {});
          return;
        case 'kill-leader': {
          const sel = state.selection;
          if (!sel || !('partition' in sel) || !('topic' in sel)) {
            state.announce(t('shortcut.noPartition'));
            return;
          }
          const p = recordOf(state, 'partition', partitionViewId(sel.topic, sel.partition));
          if (!p || p.leader < 0) {
            state.announce(t('shortcut.noLeader'));
            return;
          }
          void engine
            .command({ type: 'kill-broker', id: p.leader })
            .then(() =>
              state.announce(t('shortcut.killed', { id: p.leader, partition: `${p.topic}-${p.partition}` })),
            )
            .catch(() => {});
          return;
        }
        case 'produce':
          state.setSideTab('producer');
          focusFirstField();
          return;
        case 'add-consumer':
          state.setSideTab('consumers');
          focusFirstField();
          return;
        case 'toggle-layout':
          state.setLayout(state.layout === 'topic' ? 'broker' : 'topic');
          return;
        case 'jump-1':
        case 'jump-2':
        case 'jump-3':
        case 'jump-4': {
          const jump = JUMPS[Number(action.slice(-1)) - 1];
          if (jump && clock?.busyKind === 'none') void engine.jump(jump.ms).catch(() => {});
          return;
        }
        case 'escape':
          if (state.helpOpen) state.setHelpOpen(false);
          else state.select(null);
          return;
        case 'help':
          state.setHelpOpen(true);
          return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, engine]);
}

/** After React has rendered the tab, focus its first field so the user can type at once. */
function focusFirstField(): void {
  requestAnimationFrame(() => {
    const panel = document.querySelector('.side-body');
    const field = panel?.querySelector<HTMLElement>('input, textarea, select, button');
    field?.focus();
  });
}
