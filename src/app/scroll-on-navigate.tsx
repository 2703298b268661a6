import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, type Location } from 'react-router';
import { hashTarget } from '../components/hash-target';

const STORAGE_KEY = 'under5s:scroll-positions';

/** Locked-down browsers may refuse storage: positions then last only until the page is reloaded. */
function readSaved(): Map<string, number> {
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Map(
      Array.isArray(saved)
        ? saved.filter(
            (entry): entry is [string, number] =>
              Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
          )
        : [],
    );
  } catch {
    return new Map();
  }
}

function save(): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-100)));
  } catch {
    // Kept in memory only: see readSaved.
  }
}

/**
 * Where each visited entry of the history was scrolled to, so Back returns to the same place. Kept in sessionStorage
 * when the page is left, so a reload, or Back after one, returns there too.
 */
const positions = typeof window === 'undefined' ? new Map<string, number>() : readSaved();

function arrivedByReloadOrHistory(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** The history entry on screen. */
let activeKey = 'default';

/**
 * Scroll like a website: a new page starts at its top (or at its #fragment), Back and Forward return to where the
 * reader was, and a change of filters or settings on the same page (only the query string changes) keeps the reader's
 * place. `location` is the address whose page is on screen (routes.tsx holds the old one while the next page's code
 * downloads), so the scroll moves when the new page appears, not before.
 */
export function ScrollOnNavigate({ location, navigationType }: { location: Location; navigationType: NavigationType }) {
  const previousPathname = useRef(location.pathname);
  const firstRun = useRef(true);

  useEffect(() => {
    // One listener for the whole visit. It files each position under the entry on screen when the browser reports
    // the scroll: a scroll caused by a page change arrives after that change, so it never overwrites the page left.
    const remember = () => positions.set(activeKey, window.scrollY);
    // The browser's own restoration fights an app that renders its pages itself.
    window.history.scrollRestoration = 'manual';
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', save);
    };
  }, []);

  // A layout effect: the page is in place at the right scroll position before the browser paints it.
  useLayoutEffect(() => {
    activeKey = location.key;
    const samePage = previousPathname.current === location.pathname;
    previousPathname.current = location.pathname;
    const saved = positions.get(location.key);
    const isPop = navigationType === NavigationType.Pop;
    if (firstRun.current) {
      // The page as loaded: the browser has put the reader where they are (at the top, or at its #fragment), and they
      // may have scrolled already. Only a reload, or Back to this site, returns to a saved place.
      firstRun.current = false;
      if (saved !== undefined && arrivedByReloadOrHistory()) window.scrollTo(0, saved);
    } else if (isPop && saved !== undefined) window.scrollTo(0, saved);
    else if (location.hash) {
      // The #fragment's target if it is on screen already; a page still loading brings it into view itself when it
      // arrives (useFocusHashTarget), so until then the reader sees the top.
      const target = hashTarget(location.hash);
      if (target) target.scrollIntoView();
      else if (!samePage) window.scrollTo(0, 0);
    } else if (!samePage || isPop) window.scrollTo(0, 0);
    // Filed now as well: a reader who leaves without scrolling again comes Back to this same place.
    positions.set(location.key, window.scrollY);
  }, [location.key, location.pathname, location.hash, navigationType]);

  return null;
}
