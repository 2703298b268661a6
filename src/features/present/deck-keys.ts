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

/** Keys typed into a form control, or Space on a button or link, belong to that control, not to the deck. */
export function keyBelongsToControl(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}
