import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import type { Slide } from '../../domain/presentation/build-deck';
import { SlideView } from './slide-view';
import { SpeakerNotes } from './speaker-notes';
import { useDeckKeys } from './use-deck-controls';
import { OWN_SCROLL_ATTRIBUTE } from './deck-keys';
import { useDeckNavigation } from './use-deck-navigation';
import { pages } from '../../domain/pages/pages';

interface PresenterViewProps {
  deck: readonly Slide[];
  dataset: EvidenceDataset;
  slideNumber: number;
}

function formatElapsed(milliseconds: number): string {
  const totalSeconds = Math.floor(milliseconds / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Time since the talk started: it starts at the first change of slide (opening the window early does not count), or
 * at once with "Start timer"; with pause and reset.
 */
function Timer({ slideNumber }: { slideNumber: number }) {
  const [firstSlide] = useState(slideNumber);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const started = startedAt !== null;
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock starts from an event outside React's state: the first slide change
    if (!started && slideNumber !== firstSlide) setStartedAt(Date.now());
  }, [slideNumber, firstSlide, started]);
  useEffect(() => {
    if (!started) return;
    const interval = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(interval);
  }, [started]);
  const elapsed = startedAt === null ? 0 : (pausedAt ?? now) - startedAt;
  return (
    <div className="presenter-timer">
      <p className="mb-1">
        Time:{' '}
        <span role="timer" aria-label="Time since the start" className="presenter-timer-value">
          {formatElapsed(Math.max(0, elapsed))}
        </span>
        {started ? null : <span className="presenter-hint"> (starts when you change slide)</span>}
      </p>
      {started ? (
        <>
          <button
            type="button"
            onClick={() => {
              if (pausedAt === null) {
                setPausedAt(Date.now());
              } else {
                setStartedAt((start) => (start ?? Date.now()) + (Date.now() - pausedAt));
                setPausedAt(null);
              }
            }}
          >
            {pausedAt === null ? 'Pause timer' : 'Resume timer'}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              const time = Date.now();
              setStartedAt(time);
              setNow(time);
              setPausedAt(pausedAt === null ? null : time);
            }}
          >
            Reset timer
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            const time = Date.now();
            setStartedAt(time);
            setNow(time);
          }}
        >
          Start timer
        </button>
      )}
    </div>
  );
}

/** The trainer's window: this slide and the next, the notes and a timer, in step with the audience window. */
export function PresenterView({ deck, dataset, slideNumber }: PresenterViewProps) {
  const slide = deck[slideNumber - 1];
  const next = deck[slideNumber];
  const count = deck.length;
  const { move } = useDeckNavigation(slideNumber, count, 'presenter');
  useDeckKeys(move, () => undefined);
  useDocumentTitle(`Presenter view: slide ${slideNumber} of ${count} – Presentation`);
  if (!slide) return null;
  return (
    <main className="presenter">
      <h1 className="presenter-heading">
        Presenter view: slide {slideNumber} of {count}
      </h1>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        Slide {slideNumber} of {count}: {slide.title}
      </p>
      <div className="presenter-grid">
        <section aria-label="Current slide" className="presenter-current">
          <div className="slide-frame presenter-frame">
            <SlideView key={slide.id} slide={slide} dataset={dataset} headingLevel={2} />
          </div>
          <h2 className="presenter-subheading" id="presenter-notes-heading">
            Speaker notes
          </h2>
          {/* Scrolls by itself, so long notes never push the page: focused, the scroll keys scroll it (not the deck). */}
          <div
            className="presenter-notes"
            role="region"
            aria-labelledby="presenter-notes-heading"
            tabIndex={0}
            {...{ [OWN_SCROLL_ATTRIBUTE]: '' }}
          >
            <SpeakerNotes slide={slide} dataset={dataset} />
          </div>
        </section>
        <section aria-label="Next slide" className="presenter-next">
          <h2 className="presenter-subheading">Next</h2>
          {next ? (
            <div className="slide-frame presenter-frame">
              <SlideView key={next.id} slide={next} dataset={dataset} headingLevel={2} />
            </div>
          ) : (
            <p>This is the last slide.</p>
          )}
          <Timer slideNumber={slideNumber} />
          <nav aria-label="Presentation" className="presenter-controls">
            <button type="button" onClick={() => move('previous')} aria-keyshortcuts="ArrowLeft PageUp">
              ← Previous
            </button>{' '}
            <button type="button" onClick={() => move('next')} aria-keyshortcuts="ArrowRight PageDown Space">
              Next →
            </button>{' '}
            <Link to={pages.home.href()}>Exit</Link>
          </nav>
          <p className="presenter-hint">
            Keys: → or PageDown next, ← or PageUp back, Home first, End last. In the speaker notes, PageDown, PageUp,
            Space and the up and down arrows scroll the notes; → and ← still change slide. The audience window follows.
          </p>
        </section>
      </div>
    </main>
  );
}
