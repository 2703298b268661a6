import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { hashTarget } from './hash-target';

/** Brings the element named by the URL's #hash into view and focuses it, so keyboard and screen reader users land there too. */
export function useFocusHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hashTarget(hash);
    if (!target) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [hash]);
}
