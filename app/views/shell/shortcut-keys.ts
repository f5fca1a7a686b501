/**
 * Which action a key press means, as a pure function (tested in Node): space and `.` (what presentation
 * clickers send) play/pause, → steps, and letters for common actions. Keys typed into a text field,
 * or space/→ on a control that uses them itself, are left alone.
 */
export type ShortcutAction =
  | 'play-pause'
  | 'step'
  | 'kill-leader'
  | 'produce'
  | 'add-consumer'
  | 'toggle-layout'
  | 'jump-1'
  | 'jump-2'
  | 'jump-3'
  | 'jump-4'
  | 'escape'
  | 'help';

export interface KeyTarget {
  /** Lower-case tag name of the focused element. */
  readonly tag: string;
  readonly type?: string;
  readonly role?: string | null;
  readonly editable?: boolean;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'number',
  'email',
  'url',
  'tel',
  'password',
  'datetime-local',
]);

export function shortcutFor(
  key: string,
  target: KeyTarget,
  modifiers: { ctrl: boolean; meta: boolean; alt: boolean },
): ShortcutAction | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  const typing =
    target.editable === true ||
    target.tag === 'textarea' ||
    target.tag === 'select' ||
    (target.tag === 'input' && TEXT_INPUT_TYPES.has(target.type ?? 'text'));
  if (key === 'Escape') return 'escape';
  if (typing) return null;
  // Space and arrows belong to buttons, sliders, tabs and tree items when those have focus.
  const usesSpace =
    target.tag === 'button' ||
    target.tag === 'input' ||
    target.role === 'button' ||
    target.role === 'treeitem';
  const usesArrows =
    target.tag === 'input' || target.role === 'tab' || target.role === 'treeitem' || target.role === 'slider';
  switch (key) {
    case ' ':
      return usesSpace ? null : 'play-pause';
    case '.':
      return 'play-pause';
    case 'ArrowRight':
      return usesArrows ? null : 'step';
    case 'k':
      return 'kill-leader';
    case 'p':
      return 'produce';
    case 'c':
      return 'add-consumer';
    case 'l':
      return 'toggle-layout';
    case '1':
      return 'jump-1';
    case '2':
      return 'jump-2';
    case '3':
      return 'jump-3';
    case '4':
      return 'jump-4';
    case '?':
      return 'help';
    default:
      return null;
  }
}
