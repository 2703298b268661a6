// Which slide a key takes the deck to. Presentation clickers send PageDown/PageUp (some send arrows or Space).

export type DeckMove = 'next' | 'previous' | 'first' | 'last';

const MOVES: Record<string, DeckMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function moveForKey(key: string): DeckMove | null {
  return MOVES[key] ?? null;
}

/** The slide a move lands on, kept within 1…count. */
export function targetSlide(move: DeckMove, current: number, count: number): number {
  switch (move) {
    case 'next':
      return Math.min(current + 1, count);
    case 'previous':
      return Math.max(current - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return count;
  }
}

/** The keys that scroll a page or a box. In a box that scrolls by itself (the speaker notes) they scroll it. */
const SCROLL_KEYS = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Marks a box whose scroll keys are its own (speaker notes): `<div {...{ [OWN_SCROLL_ATTRIBUTE]: '' }}>`. */
export const OWN_SCROLL_ATTRIBUTE = 'data-own-scroll-keys';

/**
 * Keys typed into a form control, Space on a button or link, and the scroll keys inside a box that scrolls by itself
 * (the speaker notes), belong to that control or box, not to the deck: there only ← and → change the slide.
 */
export function keyBelongsToControl(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (SCROLL_KEYS.has(key) && target.closest(`[${OWN_SCROLL_ATTRIBUTE}]`)) return true;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}
