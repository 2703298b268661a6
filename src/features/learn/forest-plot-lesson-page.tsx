import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EvidenceSuspense } from '../../components/evidence-suspense';
import { Term } from '../../components/glossary-term';
import { certaintyTerm } from '../../domain/glossary/certainty';
import { SourceLink } from '../../components/source-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import type { Outcome, Review } from '../../domain/evidence/evidence-schema';
import { formatEffect, formatInterval } from '../../domain/format';
import {
  chooseLessonOutcome,
  intervalFromSliders,
  lessonSteps,
  readExampleInterval,
} from '../../domain/learning/forest-lesson';
import { orientOutcomeResult } from '../../domain/plain-language/orientation';
import { ExampleIntervalChart, RealResultChart } from './lesson-chart';
import { SelfCheck } from './self-check';
import './learn.css';
import { pages } from '../../domain/pages/pages';

/** A slider for the example interval, in hundredths, read out and labelled as an effect size ("0.35"). */
function LessonSlider({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  // The page is readable before its script runs, so a reader may move a slider first. Hydration keeps the input's
  // position but not the state behind the words, so take the position the reader chose, once, on start.
  useEffect(() => {
    const shown = Number(input.current?.value);
    if (Number.isFinite(shown) && shown !== value) onChange(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the position found at start
  }, []);
  return (
    <p className="mb-0">
      <label htmlFor={id} className="block font-bold">
        {label}: <output htmlFor={id}>{formatEffect(value / 100)}</output>
      </label>
      <input
        ref={input}
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={formatEffect(value / 100)}
        className="lesson-range"
      />
    </p>
  );
}

export function ForestPlotLessonPage() {
  useDocumentTitle('How to read a forest plot');
  return (
    <>
      <h1>How to read a forest plot</h1>
      <p className="text-xl">
        A forest plot is the chart that meta-analyses use to show their results. Here we take it apart on a real result
        from the review, then you can move an example interval and see what the app would say about it.
      </p>
      <EvidenceSuspense>
        <Lesson />
      </EvidenceSuspense>
    </>
  );
}

function Lesson() {
  const dataset = useEvidence();
  const outcome = chooseLessonOutcome(dataset);
  if (!outcome) return <p>The dataset has no result with figures to teach on.</p>;
  return (
    <>
      <PartsOfThePlot outcome={outcome} review={dataset.review} />
      <TryIt outcome={outcome} review={dataset.review} />
      <SelfCheck />
      <h2>Where next</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link to={pages.outcomes.href()}>See all {dataset.outcomes.length} outcomes on one chart</Link>
        </li>
        <li>
          <Link to={pages.presentation.href()}>Present the review to a group, slide by slide</Link>
        </li>
      </ul>
    </>
  );
}

function PartsOfThePlot({ outcome, review }: { outcome: Outcome; review: Review }) {
  const steps = lessonSteps(outcome, review);
  const [index, setIndex] = useState(0);
  const oriented = orientOutcomeResult(outcome);
  const step = steps[index];
  if (!step || !oriented) return null;
  return (
    <section aria-labelledby="parts-heading">
      <h2 id="parts-heading">The parts of the plot, on {outcome.name.toLowerCase()}</h2>
      <p>
        This is the review’s pooled result for {outcome.name.toLowerCase()}.{' '}
        <SourceLink sourceId={outcome.result.sourceId} figure={`the ${outcome.name.toLowerCase()} result`} />
      </p>
      <figure className="my-4 bg-white p-2 sm:p-4">
        <RealResultChart outcome={outcome} part={step.part} />
        <figcaption className="mt-2 text-base text-nhs-dark-grey">
          {step.part === 'i2'
            ? 'I² is not drawn on the chart: it is printed beside the result. Benefit is on the right.'
            : 'The part this step explains is drawn in red. Benefit is on the right.'}
        </figcaption>
      </figure>
      <div className="border-l-[10px] border-nhs-blue bg-white p-4" aria-live="polite">
        <h3 className="mt-0">
          Step {index + 1} of {steps.length}: {step.title}
        </h3>
        {step.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="flex flex-wrap gap-4">
        <button
          type="button"
          className="lesson-button"
          onClick={() => setIndex((current) => Math.max(0, current - 1))}
          disabled={index === 0}
        >
          Previous step
        </button>
        <button
          type="button"
          className="lesson-button"
          onClick={() => setIndex((current) => Math.min(steps.length - 1, current + 1))}
          disabled={index === steps.length - 1}
        >
          Next step
        </button>
      </p>
    </section>
  );
}

function TryIt({ outcome, review }: { outcome: Outcome; review: Review }) {
  const oriented = orientOutcomeResult(outcome);
  const [centre, setCentre] = useState(() => Math.round((oriented?.orientedMidpoint ?? 0.3) * 100));
  const [halfWidth, setHalfWidth] = useState(() =>
    Math.round((((oriented?.oriented.upper ?? 0.5) - (oriented?.oriented.lower ?? 0.1)) / 2) * 100),
  );
  const centreId = useId();
  const widthId = useId();
  if (!oriented) return null;
  const interval = intervalFromSliders(centre, halfWidth);
  const reading = readExampleInterval(outcome, review, interval);
  return (
    <section aria-labelledby="try-heading">
      <h2 id="try-heading">Try it: move the interval</h2>
      <p>
        Move the example interval with the sliders (or the arrow keys). The words below come from the same rules as the
        outcome pages, so they change exactly as the app’s would. This is a made-up interval on a real outcome: the
        review’s interval for {outcome.name.toLowerCase()} is {formatInterval(oriented.oriented)}.
      </p>
      <div className="grid gap-4 bg-white p-4 sm:grid-cols-2">
        <LessonSlider
          id={centreId}
          label="Middle of the interval"
          value={centre}
          min={-100}
          max={100}
          onChange={setCentre}
        />
        <LessonSlider id={widthId} label="Half its width" value={halfWidth} min={5} max={50} onChange={setHalfWidth} />
      </div>
      <figure className="my-4 bg-white p-2 sm:p-4">
        <ExampleIntervalChart outcome={outcome} interval={interval} />
        <figcaption className="mt-2 text-base text-nhs-dark-grey">
          The example interval: {formatInterval(interval)}. Benefit is on the right.
        </figcaption>
      </figure>
      <div
        className="border-l-[10px] border-nhs-blue bg-white p-4"
        aria-live="polite"
        aria-atomic="true"
        data-testid="lesson-reading"
      >
        <p className="text-xl font-bold" data-testid="lesson-verdict">
          {reading.verdict.headline}
        </p>
        <p>{reading.verdict.explanation}</p>
        <p className="mb-0">
          What the app would say: <strong data-testid="lesson-sentence">{reading.statement}</strong>{' '}
          <span data-testid="lesson-size">{reading.sizeSentence}</span>
          {reading.certaintyLevel ? (
            <>
              {' '}
              <Term entry={certaintyTerm}>How sure we could be</Term>: {reading.certaintyLevel} (our rating, with the
              review’s study quality and I² of{' '}
              {outcome.result.status === 'significant' ? `${outcome.result.i2Percent}%` : 'not reported'}).
            </>
          ) : null}
        </p>
      </div>
    </section>
  );
}
