import { useEffect, useRef, useState } from 'react';

/**
 * True once the element is within `margin` of the viewport. Used to fetch heavy chart code only when a chart is about
 * to be seen, which keeps it off the first load on phones, where charts sit below the fold.
 * It starts false everywhere, the prerendered HTML included, so hydration matches; without IntersectionObserver (old
 * browsers, tests) it turns true straight after the first render.
 */
export function useNearViewport<T extends Element>(margin = '300px'): [React.RefObject<T | null>, boolean] {
  const reference = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = reference.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      const timer = setTimeout(() => setNear(true), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Printing draws the whole page at once, so a chart below the fold must load too.
    const print = window.matchMedia('print');
    const onPrint = () => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    print.addEventListener('change', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
      print.removeEventListener('change', onPrint);
    };
  }, [near, margin]);
  return [reference, near];
}
