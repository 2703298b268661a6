import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { GlossaryEntry } from '../domain/glossary/glossary-entry';
import { tooltipPosition } from './tooltip-position';
import { pages } from '../domain/pages/pages';

/**
 * A technical term that explains itself: on hover and on keyboard focus it shows the plain-English definition
 * (also its accessible description, so screen readers read it), Escape hides it, and it links to the glossary.
 * A tap on a touch screen opens the definition in place instead of leaving the page; a second tap, or a tap
 * elsewhere, closes it. By keyboard (Enter) and for screen readers the term stays a link to the glossary.
 */
/** `entry` is imported from its own file in domain/glossary, so a page ships only the definitions it uses. */
export function Term({ entry, children }: { entry: GlossaryEntry; children: ReactNode }) {
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number; width: number } | null>(null);
  // Set by a touch or pen press: whether the definition was open before it (null after a mouse press).
  const pressedWhileOpen = useRef<boolean | null>(null);

  // Placed in viewport coordinates while open, and kept there on scroll and resize.
  useEffect(() => {
    if (!open) return;
    const place = () => {
      const box = anchor.current?.getBoundingClientRect();
      if (box) setPosition(tooltipPosition(box, document.documentElement.clientWidth));
    };
    place();
    window.addEventListener('scroll', place, { passive: true, capture: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [open]);

  return (
    // Hover is handled on the wrapper so the pointer can move onto the definition without it closing (WCAG 1.4.13).
    // Keyboard users get the same through the link's focus, so the wrapper needs no role of its own.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span ref={anchor} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <Link
        to={pages.glossary.href(entry.id)}
        aria-describedby={tooltipId}
        className="glossary-term decoration-dotted decoration-2"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        // A touch or pen press remembers whether the definition was open; focus and the emulated hover open it before the
        // click, so the click toggles from that state instead of following the link.
        onPointerDown={(event) => {
          pressedWhileOpen.current = event.pointerType === 'mouse' ? null : open;
        }}
        onClick={(event) => {
          if (pressedWhileOpen.current === null) return;
          event.preventDefault();
          setOpen(!pressedWhileOpen.current);
          pressedWhileOpen.current = null;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </Link>
      <span
        role="tooltip"
        id={tooltipId}
        // The hidden attribute (not CSS) keeps it out of view when closed, while aria-describedby still reads it.
        hidden={!open}
        style={position ? { top: position.top, left: position.left, width: position.width } : undefined}
        className="fixed z-30 rounded bg-nhs-black p-3 text-left text-base font-normal text-white shadow-lg"
      >
        <strong className="block">{entry.term}</strong>
        {entry.definition}
      </span>
    </span>
  );
}
