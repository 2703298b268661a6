import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import type { Slide } from '../../domain/presentation/build-deck';
import { HandoutPages } from './handout-view';
import { SlideView } from './slide-view';
import { useDeckKeys, useSwipe } from './use-deck-controls';
import { slidePath, useDeckNavigation } from './use-deck-navigation';
import { useFullscreen } from './use-fullscreen';
import { pages } from '../../domain/pages/pages';

const PRESENTER_WINDOW = 'under5s-presenter';

interface AudienceViewProps {
  deck: readonly Slide[];
  dataset: EvidenceDataset;
  slideNumber: number;
}

/** What the room sees: one slide filling the screen, a counter, a progress bar and the controls. */
export function AudienceView({ deck, dataset, slideNumber }: AudienceViewProps) {
  const slide = deck[slideNumber - 1];
  const count = deck.length;
  const { move } = useDeckNavigation(slideNumber, count, 'audience');
  const fullscreen = useFullscreen();
  const stage = useRef<HTMLElement>(null);
  const shownSlide = useRef(slideNumber);
  useDocumentTitle(`Slide ${slideNumber} of ${count}: ${slide?.title ?? ''} – Presentation`);

  const openPresenter = () => {
    window.open(slidePath(slideNumber, 'presenter'), PRESENTER_WINDOW, 'popup,width=1280,height=800');
  };
  useDeckKeys(move, (key) => {
    if (key === 'f') fullscreen.toggle();
    else if (key === 's') openPresenter();
    else fullscreen.exit();
  });
  const swipe = useSwipe(move);

  // The old slide's content is gone, so focus that was on it would fall to the page: put it on the new slide instead.
  // Focus on a control (Next, say) stays there, so the control can be pressed again.
  useEffect(() => {
    if (shownSlide.current === slideNumber) return;
    shownSlide.current = slideNumber;
    const active = document.activeElement;
    if (!active || active === document.body || stage.current?.contains(active))
      stage.current?.focus({ preventScroll: true });
  }, [slideNumber]);

  if (!slide) return null;
  const progress = `${(slideNumber / count) * 100}%`;
  return (
    <div className="deck">
      <div className="deck-screen">
        <main ref={stage} tabIndex={-1} aria-labelledby="slide-title" className="slide-frame deck-stage" {...swipe}>
          <SlideView key={slide.id} slide={slide} dataset={dataset} titleId="slide-title" />
        </main>
        <div className="deck-progress" aria-hidden="true">
          <div className="deck-progress-bar" style={{ width: progress }} />
        </div>
        <nav aria-label="Presentation" className="deck-controls">
          <button type="button" onClick={() => move('previous')} aria-keyshortcuts="ArrowLeft PageUp">
            ← Previous
          </button>
          <span className="deck-counter">
            Slide {slideNumber} of {count}
          </span>
          <button type="button" onClick={() => move('next')} aria-keyshortcuts="ArrowRight PageDown Space">
            Next →
          </button>
          <span className="deck-controls-spacer" />
          {/* Always laid out, so that the controls do not rewrap (and the slide move) when start-up finds full screen
              supported; invisible, and out of the tab order and the accessibility tree, where it is not. */}
          <button
            type="button"
            onClick={fullscreen.toggle}
            aria-keyshortcuts="F"
            aria-pressed={fullscreen.isFullscreen}
            disabled={!fullscreen.supported}
            className={fullscreen.supported ? undefined : 'invisible'}
          >
            Full screen (F)
          </button>
          <button type="button" onClick={openPresenter} aria-keyshortcuts="S">
            Presenter (S)
          </button>
          <Link to={pages.presentation.href({ view: 'handout' })}>Handout</Link>
          <Link to={pages.home.href()}>Exit</Link>
        </nav>
        <p className="sr-only" aria-live="polite" aria-atomic="true">
          Slide {slideNumber} of {count}: {slide.title}
        </p>
      </div>
      <div className="deck-print-only">
        <HandoutPages deck={deck} dataset={dataset} withNotes={false} />
      </div>
    </div>
  );
}
