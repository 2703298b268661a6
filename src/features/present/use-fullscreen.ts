import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const neverChanges = () => () => undefined;

/** Whether the page is in full screen, and a toggle. Escape leaves full screen: the browser does that itself. */
export function useFullscreen(): { isFullscreen: boolean; supported: boolean; toggle: () => void; exit: () => void } {
  const isFullscreen = useSyncExternalStore(
    subscribe,
    () => Boolean(document.fullscreenElement),
    () => false,
  );
  // False in the prerendered HTML, true once running where the browser offers full screen: no hydration mismatch.
  const supported = useSyncExternalStore(
    neverChanges,
    () => typeof document.documentElement.requestFullscreen === 'function',
    () => false,
  );
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
    } else if (typeof document.documentElement.requestFullscreen === 'function') {
      // Refused without a user gesture or by policy on locked-down machines; the deck works the same without it.
      document.documentElement.requestFullscreen().catch(() => undefined);
    }
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
  }, []);
  return { isFullscreen, supported, toggle, exit };
}
