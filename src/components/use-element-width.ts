import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, kept up to date with ResizeObserver. Charts draw at this width directly, which costs one
 * render instead of the several that a measuring wrapper such as Recharts' ResponsiveContainer needs.
 */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const reference = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = reference.current;
    if (!element) return;
    setWidth(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next !== undefined) setWidth(Math.round(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [reference, width];
}
