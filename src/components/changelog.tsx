import type { EvidenceDataset } from '../domain/evidence/evidence-schema';
import { CHANGE_KIND_LABELS } from '../domain/evidence/vocabulary';
import { formatDatasetDate } from '../domain/date-words';

/** The dataset's versions, newest first, each with its date and what changed. Earlier versions' notes stay readable. */
export function Changelog({ dataset, headingLevel = 2 }: { dataset: EvidenceDataset; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const labelOf = (id: string) => dataset.sinceTheReview.find((entry) => entry.id === id)?.label ?? id;
  return (
    <section aria-labelledby="what-changed-heading" id="what-changed">
      <Heading id="what-changed-heading">What changed in each version</Heading>
      {dataset.changelog.map((version, index) => (
        <article key={version.version} aria-label={`Version ${version.version}`} className="mb-4 bg-white p-4">
          <Sub className="mt-0">
            Version {version.version}, {formatDatasetDate(version.date)}
            {index === 0 ? ' (this version)' : ''}
          </Sub>
          <p>{version.summary}</p>
          <ul className="list-disc pl-6">
            {version.changes.map((change, changeIndex) => (
              <li key={changeIndex} className="mb-2">
                <strong>{CHANGE_KIND_LABELS[change.kind]}:</strong> {change.text}
                {change.sinceIds.length > 0 ? (
                  <details className="mt-1 text-base">
                    <summary className="cursor-pointer text-nhs-blue">
                      The {change.sinceIds.length} studies and registrations added
                    </summary>
                    <ul className="list-disc pl-6">
                      {change.sinceIds.map((id) => (
                        <li key={id}>{labelOf(id)}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
