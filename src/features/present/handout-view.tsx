import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import type { Slide } from '../../domain/presentation/build-deck';
import { SlideView } from './slide-view';
import { SpeakerNotes } from './speaker-notes';
import { pages } from '../../domain/pages/pages';

interface HandoutProps {
  deck: readonly Slide[];
  dataset: EvidenceDataset;
}

/** Every slide, one to a printed A4 landscape page, with its notes underneath if asked for. */
export function HandoutPages({ deck, dataset, withNotes }: HandoutProps & { withNotes: boolean }) {
  return (
    <div className={`handout ${withNotes ? 'handout-with-notes' : ''}`}>
      {deck.map((slide, index) => (
        <section key={slide.id} className="handout-page" aria-label={`Slide ${index + 1} of ${deck.length}`}>
          <div className="slide-frame handout-frame">
            <SlideView slide={slide} dataset={dataset} headingLevel={2} />
          </div>
          {withNotes ? (
            <div className="handout-notes">
              <h3>Speaker notes, slide {index + 1}</h3>
              <SpeakerNotes slide={slide} dataset={dataset} />
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}

const NOTES_PARAMETER = 'notes';

/** /present?view=handout: the deck to print, with speaker notes optional. */
export function HandoutView({ deck, dataset }: HandoutProps) {
  // Kept in the address (?notes=yes), so a reload, a bookmark or a shared link keeps the choice.
  const [search, setSearch] = useSearchParams();
  const withNotes = search.get(NOTES_PARAMETER) === 'yes';
  const setWithNotes = (value: boolean) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(NOTES_PARAMETER, 'yes');
        else next.delete(NOTES_PARAMETER);
        return next;
      },
      { replace: true },
    );
  useDocumentTitle('Presentation handout');
  return (
    <main className="handout-view">
      <div className="handout-controls">
        <h1>Presentation handout</h1>
        <p>One slide to a page, A4 landscape. Use your browser’s print command or the button.</p>
        <p>
          <label className="handout-checkbox">
            <input type="checkbox" checked={withNotes} onChange={(event) => setWithNotes(event.target.checked)} />{' '}
            Include speaker notes
          </label>
        </p>
        <p>
          <button type="button" onClick={() => window.print()}>
            Print the handout
          </button>{' '}
          <Link to={pages.presentation.href({ slide: 1 })}>Start the presentation</Link> ·{' '}
          <Link to={pages.home.href()}>Back to the site</Link>
        </p>
      </div>
      <HandoutPages deck={deck} dataset={dataset} withNotes={withNotes} />
    </main>
  );
}
