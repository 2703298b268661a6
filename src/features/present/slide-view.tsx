import { Link } from 'react-router';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { findSource } from '../../domain/evidence/lookup';
import {
  footnoteNumbers,
  shortSourceName,
  slideFootnotes,
  type DeckText,
  type Footnote,
  type Slide,
} from '../../domain/presentation/build-deck';
import { SlideChart } from './slide-chart';
import { pages } from '../../domain/pages/pages';

const PROVENANCE_TAGS: Partial<Record<DeckText['kind'], string>> = {
  derived: 'derived',
  'our-rating': 'our rating',
  'our-coding': 'our coding',
};

/** Footnote markers after a sentence: each one links to the source's entry on the about page. */
export function SourceMarkers({
  text,
  footnotes,
  dataset,
}: {
  text: DeckText;
  footnotes: readonly Footnote[];
  dataset: EvidenceDataset;
}) {
  const numbers = footnoteNumbers(text, footnotes);
  if (numbers.length === 0) return null;
  return (
    <span className="slide-markers">
      {numbers.map((number) => {
        const footnote = footnotes.find((candidate) => candidate.number === number);
        const source = footnote ? findSource(dataset, footnote.sourceId) : undefined;
        if (!footnote) return null;
        return (
          <Link
            key={number}
            to={pages.about.href(footnote.sourceId)}
            aria-label={`Source ${number}: ${source ? shortSourceName(source) : footnote.sourceId}`}
          >
            [{number}]
          </Link>
        );
      })}
    </span>
  );
}

function Sentence({
  text,
  footnotes,
  dataset,
}: {
  text: DeckText;
  footnotes: readonly Footnote[];
  dataset: EvidenceDataset;
}) {
  const tag = PROVENANCE_TAGS[text.kind];
  return (
    <>
      {text.text}
      {tag ? <span className="slide-tag"> ({tag})</span> : null}{' '}
      <SourceMarkers text={text} footnotes={footnotes} dataset={dataset} />
    </>
  );
}

interface SlideViewProps {
  slide: Slide;
  dataset: EvidenceDataset;
  /** The audience view's title is the page's h1; previews and handout pages use h2. */
  headingLevel?: 1 | 2;
  /** Set on the audience view so the stage can be labelled by the title. */
  titleId?: string;
}

/** One slide, laid out in units of its frame (container query units), so it fits any frame it is put in. */
export function SlideView({ slide, dataset, headingLevel = 1, titleId }: SlideViewProps) {
  const footnotes = slideFootnotes(slide);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const chartOutcomes = dataset.outcomes.filter((outcome) => slide.chartOutcomeIds.includes(outcome.id));
  return (
    <div className={`slide slide-kind-${slide.kind}`} data-slide-id={slide.id}>
      <Heading className="slide-title" id={titleId}>
        {slide.title}
      </Heading>
      {slide.lead ? (
        <p className="slide-lead">
          <Sentence text={slide.lead} footnotes={footnotes} dataset={dataset} />
        </p>
      ) : null}
      {slide.figures.length > 0 ? (
        <ul className="slide-figures" aria-label="Key numbers">
          {slide.figures.map((figure) => (
            <li key={figure.id}>
              <span className="slide-figure-value">{figure.display}</span>
              <span className="slide-figure-label">
                {figure.label}{' '}
                <SourceMarkers
                  text={{ text: figure.label, kind: 'source', sources: [figure.source] }}
                  footnotes={footnotes}
                  dataset={dataset}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {chartOutcomes.length > 0 ? <SlideChart outcomes={chartOutcomes} /> : null}
      {slide.body.length > 0 ? (
        <ul className="slide-body">
          {slide.body.map((text) => (
            <li key={text.text}>
              <Sentence text={text} footnotes={footnotes} dataset={dataset} />
            </li>
          ))}
        </ul>
      ) : null}
      {slide.sourceList.length > 0 ? (
        <ol className="slide-source-list">
          {slide.sourceList.map((entry) => (
            <li key={entry.sourceId}>
              {entry.title}{' '}
              <Link
                to={pages.about.href(entry.sourceId)}
                aria-label={`Where to look in: ${entry.title}`}
                className="slide-small"
              >
                [where to look]
              </Link>
              {entry.url ? (
                <span className="slide-small slide-url">{entry.url.replace(/^https?:\/\//, '')}</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {footnotes.length > 0 ? (
        <ol className="slide-footnotes" aria-label="Sources on this slide">
          {footnotes.map((footnote) => {
            const source = findSource(dataset, footnote.sourceId);
            return (
              <li key={footnote.number}>
                [{footnote.number}] {source ? shortSourceName(source) : footnote.sourceId}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
