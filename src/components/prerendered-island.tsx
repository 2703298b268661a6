import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface PrerenderedIslandProps {
  /** Unique on the page: how the app finds the nodes the build wrote. */
  id: string;
  /**
   * What the content is drawn from, as a string (for example the page's filters). The build's nodes are kept only while
   * this equals the prerendered one; the first change hands the content to React for good.
   */
  version: string;
  /**
   * Hands the island to React at the first pointer over it: for content the build left out of the page that only a
   * pointer needs (the evidence map's tooltips).
   */
  handOverOnPointer?: boolean;
  className?: string;
  children: ReactNode;
}

// Islands kept as the build wrote them, with their nodes (read once: a second render of the same island reuses them),
// and islands React has drawn itself, which are never read back.
const keptNodes = new WeakMap<Element, Node[]>();
const drawnByReact = new WeakSet<Element>();

/** The nodes the HTML parser made for this island, when it is on the page for this version and React has not drawn it. */
function readPrerenderedNodes(id: string, version: string): Node[] | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(id);
  if (!element || drawnByReact.has(element) || element.dataset.islandVersion !== version) return null;
  const nodes = keptNodes.get(element) ?? [...element.childNodes];
  keptNodes.set(element, nodes);
  return nodes;
}

const markDrawnByReact = (element: HTMLDivElement | null) => {
  if (element) drawnByReact.add(element);
};

/** A click on a link to one of our pages, which the router should follow without reloading the page. */
function internalLinkOf(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (!anchor || anchor.target !== '' || anchor.hasAttribute('download')) return null;
  return anchor.origin === window.location.origin ? anchor : null;
}

// React leaves the children of an element with dangerouslySetInnerHTML alone while it hydrates, so the parser's nodes
// stay as they are. The string is always empty: no markup is ever written, the kept nodes are the ones already there.
// Typed and frozen as the empty string, so no markup can ever be passed through it.
const NO_MARKUP: Readonly<{ __html: '' }> = Object.freeze({ __html: '' });

/**
 * A large, read-only part of a prerendered page (the evidence map, its table), left exactly as the build wrote it
 * while the app takes the page over. Hydration then skips its thousands of nodes, which is most of the start-up work
 * on a slow phone. Native behaviour (links, <details>, SVG titles) works as written; links to our pages go through
 * the router, as a <Link> would. When `version` changes, or when the island was not in the page's HTML (any page after
 * the first), React draws the children.
 */
export function PrerenderedIsland({
  id,
  version,
  handOverOnPointer = false,
  className,
  children,
}: PrerenderedIslandProps) {
  const navigate = useNavigate();
  const [prerendered] = useState(() => {
    const nodes = readPrerenderedNodes(id, version);
    return nodes === null ? null : { nodes, version };
  });
  const [handedOver, setHandedOver] = useState(prerendered === null);
  // Adjusting state while rendering: the first new version hands the island to React, and it never goes back.
  if (!handedOver && prerendered?.version !== version) setHandedOver(true);
  const kept = !handedOver && prerendered ? prerendered : null;

  // A <details> marked with data-island-key that the reader opens in the kept markup: the build left its contents out
  // (they are drawn on demand), so the island goes to React, which draws it open, with the focus where the reader left it.
  const [openedByReader, setOpenedByReader] = useState<{ key: string; focused: boolean } | null>(null);

  // Hydrated, the element is the parser's own and already holds the nodes. Rendered afresh instead (React fell back to
  // a client render), the new element starts empty: the same nodes are moved into it, never re-parsed from text.
  const keptElement = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = keptElement.current;
    if (kept && element && element.childNodes.length === 0) element.append(...kept.nodes);
  }, [kept]);

  useEffect(() => {
    const element = keptElement.current;
    if (!kept || !element) return;
    // 'toggle' does not bubble; a listener that captures sees every <details> inside.
    const handOverOpened = (event: Event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || !details.dataset.islandKey) return;
      setOpenedByReader({ key: details.dataset.islandKey, focused: details.contains(document.activeElement) });
      setHandedOver(true);
    };
    const handOver = () => setHandedOver(true);
    element.addEventListener('toggle', handOverOpened, true);
    if (handOverOnPointer) element.addEventListener('pointerover', handOver, { once: true });
    return () => {
      element.removeEventListener('toggle', handOverOpened, true);
      element.removeEventListener('pointerover', handOver);
    };
  }, [kept, handOverOnPointer]);

  const liveElement = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (!openedByReader || !liveElement.current) return;
    const details = [...liveElement.current.querySelectorAll<HTMLDetailsElement>('details[data-island-key]')].find(
      (candidate) => candidate.dataset.islandKey === openedByReader.key,
    );
    if (details) {
      // Fires 'toggle', so the component that owns the <details> draws what it holds.
      details.open = true;
      if (openedByReader.focused) details.querySelector('summary')?.focus();
    }
    setOpenedByReader(null);
  }, [openedByReader]);

  if (kept) {
    const followLink = (event: MouseEvent<HTMLDivElement>) => {
      const anchor = internalLinkOf(event);
      if (!anchor) return;
      event.preventDefault();
      void navigate(anchor.pathname + anchor.search + anchor.hash);
    };
    return (
      // The click handler only routes clicks on the links inside, which are focusable and keyboard-operable already.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
      <div
        key="prerendered"
        ref={keptElement}
        id={id}
        data-island-version={version}
        className={className}
        onClick={followLink}
        suppressHydrationWarning
        dangerouslySetInnerHTML={NO_MARKUP}
      />
    );
  }
  return (
    <div
      key="live"
      ref={(element) => {
        liveElement.current = element;
        markDrawnByReact(element);
      }}
      id={id}
      data-island-version={version}
      className={className}
    >
      {children}
    </div>
  );
}
