/** Props that make an SVG element act like a button: focusable, Enter and Space activate it. */
import type { KeyboardEvent, MouseEvent } from 'react';

export interface SvgButtonProps {
  readonly role: 'button';
  readonly tabIndex: 0;
  readonly onClick: (event: MouseEvent<SVGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
}

/** `activate` gets the click (for its position) or null from the keyboard. */
export function svgButton(activate: (event: MouseEvent<SVGElement> | null) => void): SvgButtonProps {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: (event) => {
      event.stopPropagation();
      activate(event);
    },
    onKeyDown: (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      activate(null);
    },
  };
}
