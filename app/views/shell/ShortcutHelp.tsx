/** The `?` overlay listing the keyboard shortcuts (a modal dialog; Escape or the button closes it). */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../bridge/context';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';

const ROWS: ReadonlyArray<{ readonly keys: string; readonly what: MessageKey }> = [
  { keys: 'Space · .', what: 'shortcut.playPause' },
  { keys: '→', what: 'shortcut.step' },
  { keys: 'K', what: 'shortcut.killLeader' },
  { keys: 'P', what: 'shortcut.produce' },
  { keys: 'C', what: 'shortcut.addConsumer' },
  { keys: 'L', what: 'shortcut.layout' },
  { keys: '1 · 2 · 3 · 4', what: 'shortcut.jump' },
  { keys: 'Esc', what: 'shortcut.escape' },
  { keys: '?', what: 'shortcut.help' },
];

export function ShortcutHelp() {
  const { t } = useT();
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button type="button" className="help-button" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        {t('help.open')}
      </button>
      <dialog
        ref={dialog}
        className="shortcut-help"
        aria-labelledby="shortcut-help-title"
        onClose={() => setOpen(false)}
      >
        <h2 id="shortcut-help-title">{t('help.title')}</h2>
        <table>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.what}>
                <th scope="row">
                  <kbd>{r.keys}</kbd>
                </th>
                <td>{t(r.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setOpen(false)}>
          {t('help.close')}
        </button>
      </dialog>
    </>
  );
}
