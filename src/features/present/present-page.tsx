import { Suspense, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { buildDeck, parseSlideNumber } from '../../domain/presentation/build-deck';
import { AudienceView } from './audience-view';
import { HandoutView } from './handout-view';
import { PresenterView } from './presenter-view';
import './present.css';
import { pages } from '../../domain/pages/pages';

function Loading() {
  return (
    <p role="status" className="deck-message">
      Loading the presentation…
    </p>
  );
}

/** /present, /present/:slide (1-based), ?view=presenter and ?view=handout. Full screen, without the site's frame. */
export function PresentPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Presentation />
    </Suspense>
  );
}

function Presentation() {
  const dataset = useEvidence();
  const deck = useMemo(() => buildDeck(dataset), [dataset]);
  const { slide: segment } = useParams();
  const [searchParameters] = useSearchParams();
  const view = searchParameters.get('view');
  const slideNumber = parseSlideNumber(segment, deck.length);

  if (view === 'handout') return <HandoutView deck={deck} dataset={dataset} />;
  if (slideNumber === null) return <SlideNotFound segment={segment ?? ''} count={deck.length} />;
  if (view === 'presenter') return <PresenterView deck={deck} dataset={dataset} slideNumber={slideNumber} />;
  return <AudienceView deck={deck} dataset={dataset} slideNumber={slideNumber} />;
}

function SlideNotFound({ segment, count }: { segment: string; count: number }) {
  useDocumentTitle('Slide not found');
  return (
    <main className="deck-message">
      <h1>Slide not found</h1>
      <p>
        There is no slide “{segment}”. This presentation has {count} slides, numbered 1 to {count}.
      </p>
      <p>
        <Link to={pages.presentation.href({ slide: 1 })}>Go to slide 1</Link> or{' '}
        <Link to={pages.home.href()}>back to the site</Link>.
      </p>
    </main>
  );
}
