import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Brings the element named by the URL's #hash into view and focuses it, so keyboard and screen reader users land there too. */
export function useFocusHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [hash]);
}
