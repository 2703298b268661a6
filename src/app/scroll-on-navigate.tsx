import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** Where each visited entry of the history was scrolled to, so Back returns to the same place. */
const positions = new Map<string, number>();
/** The history entry on screen. */
let activeKey = 'default';

/**
 * Scroll like a website: a new page starts at its top (or at its #fragment), Back and Forward return to where the
 * reader was, and a change of filters or settings on the same page (only the query string changes) keeps the reader's
 * place.
 */
export function ScrollOnNavigate() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousPathname = useRef(location.pathname);

  useEffect(() => {
    // One listener for the whole visit. It files each position under the entry on screen when the browser reports
    // the scroll: a scroll caused by a page change arrives after that change, so it never overwrites the page left.
    const remember = () => positions.set(activeKey, window.scrollY);
    // The browser's own restoration fights an app that renders its pages itself.
    window.history.scrollRestoration = 'manual';
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  // A layout effect: the page is in place at the right scroll position before the browser paints it.
  useLayoutEffect(() => {
    activeKey = location.key;
    const samePage = previousPathname.current === location.pathname;
    previousPathname.current = location.pathname;
    const saved = positions.get(location.key);
    if (navigationType === NavigationType.Pop && saved !== undefined) window.scrollTo(0, saved);
    else if (navigationType !== NavigationType.Pop && location.hash) {
      // The #fragment's target if it is on screen already; a page still loading brings it into view itself when it
      // arrives (useFocusHashTarget), so until then the reader sees the top.
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
      else if (!samePage) window.scrollTo(0, 0);
    } else if (navigationType !== NavigationType.Pop && !samePage) window.scrollTo(0, 0);
    // Filed now as well: a reader who leaves without scrolling again comes Back to this same place.
    positions.set(location.key, window.scrollY);
  }, [location.key, location.pathname, location.hash, navigationType]);

  return null;
}
