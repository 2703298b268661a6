import { useEffect, useEffectEvent, useRef, type PointerEvent } from 'react';
import { keyBelongsToControl, moveForKey, type DeckMove } from './deck-keys';

/** Arrow keys, PageUp/PageDown, Space, Home and End anywhere on the page move the deck; F, S and Escape are passed on. */
export function useDeckKeys(onMove: (move: DeckMove) => void, onKey: (key: 'f' | 's' | 'escape') => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (keyBelongsToControl(event.key, event.target)) return;
    const move = moveForKey(event.key);
    if (move) {
      event.preventDefault();
      onMove(move);
      return;
    }
    // Browsers leave full screen on Escape themselves; this covers those that pass the key to the page instead.
    if (event.key === 'Escape') {
      onKey('escape');
      return;
    }
    const lower = event.key.toLowerCase();
    if (lower === 'f' || lower === 's') {
      event.preventDefault();
      onKey(lower);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

const SWIPE_DISTANCE = 50;

/** A horizontal swipe on a touch screen or pen: left for the next slide, right for the previous one. */
export function useSwipe(onMove: (move: DeckMove) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) onMove(dx < 0 ? 'next' : 'previous');
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
