import { Link } from 'react-router';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { findSource } from '../../domain/evidence/lookup';
import { footnoteNumbers, shortSourceName, slideFootnotes, type Slide } from '../../domain/presentation/build-deck';
import { pages } from '../../domain/pages/pages';

const TAGS = {
  source: null,
  derived: 'derived',
  'our-rating': 'our rating',
  'our-coding': 'our coding',
  'our-guidance': 'our words',
} as const;

/** A slide's speaker notes, each with what it rests on, and where in each source to look. */
export function SpeakerNotes({ slide, dataset }: { slide: Slide; dataset: EvidenceDataset }) {
  // The notes' own footnotes, numbered as if they were a slide's body.
  const footnotes = slideFootnotes({ ...slide, lead: null, figures: [], body: slide.notes });
  return (
    <div className="speaker-notes">
      <ul>
        {slide.notes.map((note) => {
          const tag = TAGS[note.kind];
          return (
            <li key={note.text}>
              {note.text}
              {tag ? <span className="speaker-notes-tag"> ({tag})</span> : null}
              {footnoteNumbers(note, footnotes).map((number) => ` [${number}]`)}
            </li>
          );
        })}
      </ul>
      {footnotes.length > 0 ? (
        <ol className="speaker-notes-sources" aria-label="Sources for the notes">
          {footnotes.map((footnote) => {
            const source = findSource(dataset, footnote.sourceId);
            const name = source ? shortSourceName(source) : footnote.sourceId;
            return (
              <li key={footnote.number}>
                [{footnote.number}] <Link to={pages.about.href(footnote.sourceId)}>{name}</Link>:{' '}
                {footnote.locators.join(' ')}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
