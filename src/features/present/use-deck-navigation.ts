import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { pages } from '../../domain/pages/pages';
import { targetSlide, type DeckMove } from './deck-keys';
import { useDeckChannel } from './use-deck-channel';

export type DeckWindow = 'audience' | 'presenter';

export function slidePath(slide: number, window: DeckWindow): string {
  return pages.presentation.href({ slide, view: window });
}

/**
 * Moves this window to a slide and tells the other window. The URL is the state, so a reload or a shared link lands
 * on the same slide; moves replace the history entry, so Back leaves the presentation instead of stepping through it.
 */
export function useDeckNavigation(current: number, count: number, window: DeckWindow) {
  const navigate = useNavigate();
  // The slide last asked for. A clicker pressed twice quickly sends the second key before the first move has
  // rendered, so moves count from here rather than from the slide on screen.
  const latest = useRef(current);
  // The slide a move of ours is on its way to. Until it arrives, slides rendered on the way there (quick presses
  // render 2, then 3, then 4) must not pull `latest` back; a slide changed from outside (a link, Back) still does.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current !== null) {
      if (current === pending.current) pending.current = null;
      return;
    }
    latest.current = current;
  }, [current]);
  const show = useCallback(
    (slide: number) => {
      if (slide < 1 || slide > count) return;
      void navigate(slidePath(slide, window), { replace: true });
    },
    [count, navigate, window],
  );
  const publish = useDeckChannel((slide) => {
    if (slide === latest.current) return;
    latest.current = slide;
    pending.current = slide;
    show(slide);
  });
  const goTo = useCallback(
    (slide: number) => {
      if (slide === latest.current || slide < 1 || slide > count) return;
      latest.current = slide;
      pending.current = slide;
      show(slide);
      publish(slide);
    },
    [count, publish, show],
  );
  const move = useCallback((deckMove: DeckMove) => goTo(targetSlide(deckMove, latest.current, count)), [count, goTo]);
  return { goTo, move };
}
