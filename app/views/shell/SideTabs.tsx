/** The side panel's tab list (WAI-ARIA tabs: arrow keys move between tabs). */
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { SIDE_TABS } from '../../store/ui-slice';

export function SideTabs() {
  const { t } = useT();
  const tab = useAppStore((s) => s.sideTab);
  const setTab = useAppStore((s) => s.setSideTab);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    e.stopPropagation();
    const i = SIDE_TABS.indexOf(tab);
    const next = SIDE_TABS[(i + (e.key === 'ArrowRight' ? 1 : SIDE_TABS.length - 1)) % SIDE_TABS.length];
    if (next) {
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <div className="side-tabs" role="tablist" aria-label={t('tab.list')} onKeyDown={onKeyDown}>
      {SIDE_TABS.map((name) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          aria-selected={name === tab}
          aria-controls={`tabpanel-${name}`}
          tabIndex={name === tab ? 0 : -1}
          onClick={() => setTab(name)}
        >
          {t(`tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
