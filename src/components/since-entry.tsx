import { Link } from 'react-router';
import type { EvidenceDataset, SinceEntry } from '../domain/evidence/evidence-schema';
import { findProgramme, findSource, sourceDisplayName } from '../domain/evidence/lookup';
import { pages } from '../domain/pages/pages';
import { CitedSourceAnchor } from './cited-source-anchor';
import { sinceClassText, sinceResult } from '../domain/evidence/since-the-review';
import { SINCE_KIND_LABELS, SINCE_SOURCE_KIND_LABELS } from '../domain/evidence/vocabulary';

/** The source kind and the study kind, as a reader sees them beside every newer study. */
export function sinceKindText(entry: SinceEntry): string {
  return `${SINCE_KIND_LABELS[entry.kind]} · Source: ${SINCE_SOURCE_KIND_LABELS[entry.sourceKind]} · ${entry.year ?? 'Year not in our sources'}`;
}

/** What a newer study found, in its own words, or why nothing is shown. */
export function SinceResult({ entry }: { entry: SinceEntry }) {
  const result = sinceResult(entry);
  return result.quoted ? (
    <blockquote className="my-2 border-l-4 border-nhs-grey-4 pl-3">“{result.quoted}”</blockquote>
  ) : (
    <p className="my-2 font-bold">{result.missing}</p>
  );
}

/** The source link of a newer study: its address, named. */
export function SinceSourceLink({ dataset, entry }: { dataset: EvidenceDataset; entry: SinceEntry }) {
  const source = findSource(dataset, entry.sourceId);
  if (!source?.url) return <span className="text-nhs-dark-grey">Source not recorded</span>;
  return (
    <CitedSourceAnchor
      dataset={dataset}
      source={source}
      doi={entry.doi}
      ariaLabel={`Source for ${entry.label}: ${sourceDisplayName(source)}`}
    >
      {sourceDisplayName(source)}
    </CitedSourceAnchor>
  );
}

/**
 * One study, review or registration newer than the review (or outside it): what it is, its source and the kind of
 * source, the exact quote, what it found in its own words, and its caution. Never a pooled or restated result.
 */
export function SinceEntryCard({
  dataset,
  entry,
  headingLevel = 3,
  showProgramme = true,
}: {
  dataset: EvidenceDataset;
  entry: SinceEntry;
  headingLevel?: 2 | 3 | 4;
  showProgramme?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const programme = entry.programmeId ? findProgramme(dataset, entry.programmeId) : undefined;
  const outcomeName = (id: string) => dataset.outcomes.find((outcome) => outcome.id === id)?.name ?? id;
  return (
    <article
      aria-labelledby={`since-${entry.id}`}
      id={`since-entry-${entry.id}`}
      className="since-entry mb-4 bg-white p-4 [overflow-wrap:break-word] [hyphens:auto]"
    >
      <Heading id={`since-${entry.id}`} className="mt-0 mb-1">
        {entry.label}
      </Heading>
      <p className="mb-2 text-base text-nhs-dark-grey">{sinceKindText(entry)}</p>
      {showProgramme ? (
        <p className="mb-2 text-base">
          Programme:{' '}
          {programme ? (
            <Link to={pages.programme.href(programme.id)}>{programme.name}</Link>
          ) : (
            <>{entry.programmeAsStated} (not one of the programmes in our dataset)</>
          )}
          . {sinceClassText(entry)}
        </p>
      ) : (
        <p className="mb-2 text-base">{sinceClassText(entry)}</p>
      )}
      <p className="mt-2 mb-0 text-base font-bold">What it found, in its own words</p>
      <SinceResult entry={entry} />
      {entry.appOutcomes.length > 0 ? (
        <ul className="mb-2 list-disc pl-6 text-base">
          {entry.appOutcomes.map((item, index) => (
            <li key={`${item.outcomeId}-${index}`}>
              <Link to={pages.outcome.href(item.outcomeId)}>{outcomeName(item.outcomeId)}</Link> (measured as “
              {item.measureAsStated}”): “{item.resultAsStated}”
              {item.mappingNote ? (
                <span className="block text-nhs-dark-grey">Our mapping: {item.mappingNote}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.caution ? (
        <p className="my-2 border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2 text-base">
          <strong>Caution:</strong> {entry.caution}
        </p>
      ) : null}
      <dl className="grid gap-x-4 text-base sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Design</dt>
        <dd className="mb-1">{entry.design}</dd>
        <dt className="font-bold">Participants</dt>
        <dd className="mb-1">{entry.n}</dd>
        <dt className="font-bold">Who took part</dt>
        <dd className="mb-1">{entry.population}</dd>
        <dt className="font-bold">Country</dt>
        <dd className="mb-1">{entry.country}</dd>
        <dt className="font-bold">Outcomes measured</dt>
        <dd className="mb-1">
          {entry.outcomesMeasured.length > 0 ? entry.outcomesMeasured.join('; ') : 'Not in our sources'}
        </dd>
        <dt className="font-bold">Citation</dt>
        <dd className="mb-1">
          {entry.citation.authors}. {entry.citation.title}. {entry.citation.journal}.{' '}
          {entry.doi ? <a href={`https://doi.org/${entry.doi}`}>DOI {entry.doi}</a> : 'DOI not in our sources.'}
        </dd>
        <dt className="font-bold">How it relates to the review</dt>
        <dd className="mb-1">{entry.relationToReview}</dd>
        <dt className="font-bold">Source</dt>
        <dd className="mb-1">
          <SinceSourceLink dataset={dataset} entry={entry} /> (
          {SINCE_SOURCE_KIND_LABELS[entry.sourceKind].toLowerCase()})
        </dd>
      </dl>
      <details className="mt-2 text-base">
        <summary className="cursor-pointer text-nhs-blue">
          The exact words we read ({1 + entry.extraQuotes.length})
        </summary>
        <ul className="mt-2 list-none space-y-2 p-0">
          {[{ sourceId: entry.sourceId, quote: entry.quote }, ...entry.extraQuotes].map((item, index) => {
            const source = findSource(dataset, item.sourceId);
            return (
              <li key={index}>
                <q className="whitespace-pre-line">{item.quote}</q>{' '}
                {source?.url ? (
                  <CitedSourceAnchor
                    dataset={dataset}
                    source={source}
                    doi={item.sourceId === entry.sourceId ? entry.doi : null}
                  >
                    ({sourceDisplayName(source)})
                  </CitedSourceAnchor>
                ) : null}
              </li>
            );
          })}
        </ul>
      </details>
    </article>
  );
}
