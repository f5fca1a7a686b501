/**
 * Props that make an SVG element act like a button for everyone: focusable, named, pressed state,
 * and Enter / Space act as a click does (SVG has no native button).
 */
import type { KeyboardEvent, MouseEvent } from 'react';

export interface SvgButtonProps {
  readonly role: 'button';
  readonly tabIndex: 0;
  readonly 'aria-label': string;
  readonly 'aria-pressed'?: boolean;
  readonly 'aria-expanded'?: boolean;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

export function svgButton(
  label: string,
  onActivate: () => void,
  state: { readonly pressed?: boolean; readonly expanded?: boolean } = {},
): SvgButtonProps {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    ...(state.pressed === undefined ? {} : { 'aria-pressed': state.pressed }),
    ...(state.expanded === undefined ? {} : { 'aria-expanded': state.expanded }),
    onClick: (event) => {
      event.stopPropagation();
      onActivate();
    },
    onKeyDown: (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      // Space would scroll the page: it acts here instead.
      event.preventDefault();
      event.stopPropagation();
      onActivate();
    },
  };
}
