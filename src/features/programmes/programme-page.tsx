import { Link, useParams } from 'react-router';
import { CitedSourceAnchor } from '../../components/cited-source-anchor';
import { InsetText } from '../../components/callouts';
import { AddToComparisonButton } from '../../components/comparison-tray';
import { CitationTools } from '../../components/citation-tools';
import { trialReference } from '../../domain/export/citations';
import { ExternalSourceLink } from '../../components/external-source-link';
import { Term } from '../../components/glossary-term';
import { prePostTerm } from '../../domain/glossary/pre-post';
import { rctTerm } from '../../domain/glossary/rct';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import type { EvidenceDataset, Programme, ProgrammeField, TrialReport } from '../../domain/evidence/evidence-schema';
import { designSummary } from '../../domain/evidence/catalogue';
import { countTrialsAndReports, groupReportsByTrial, reportAuthors, reportLabel } from '../../domain/evidence/trials';
import { findProgramme, findSource, sourceDisplayName } from '../../domain/evidence/lookup';
import {
  COMPARISON_LABELS,
  DESIGN_LABELS,
  DIRECTION_LABELS,
  DOMAIN_LABELS,
  FORMAT_LABELS,
  AGE_BAND_LABELS,
  REPORT_KIND_LABELS,
} from '../../domain/evidence/vocabulary';
import { pages } from '../../domain/pages/pages';
import { citedLink } from '../../domain/evidence/source-hosts';
import { ProgrammeCommissioning } from './programme-commissioning';
import { UK_DELIVERY_LABELS, ukDelivery } from '../../domain/evidence/uk-delivery';
import { ProgrammeSinceTheReview } from './programme-since-the-review';

const FIELD_LABELS: [keyof Programme['fields'], string][] = [
  ['selfDescription', 'How it describes itself'],
  ['theoreticalBasis', 'The theory behind it'],
  ['lineage', 'What it grew from'],
  ['targetPopulation', 'Who it is for'],
  ['childAge', 'Child’s age'],
  ['format', 'How it is delivered'],
  ['length', 'How long it lasts'],
  ['deliveredBy', 'Who delivers it'],
  ['countryOfOrigin', 'Where it comes from'],
  ['developers', 'Who developed it'],
];

function FieldValue({ dataset, field, what }: { dataset: EvidenceDataset; field: ProgrammeField; what: string }) {
  // The note often repeats "not reported"; say it once.
  const note = field.note && !/^not reported in our sources\.?$/i.test(field.note.trim()) ? field.note : null;
  if (field.value === null) {
    return (
      <>
        Not reported in our sources.{note ? <span className="block text-base text-nhs-dark-grey">{note}</span> : null}
      </>
    );
  }
  return (
    <>
      {field.value} <ExternalSourceLink dataset={dataset} source={findSource(dataset, field.sourceId)} what={what} />
      {note ? <span className="block text-base text-nhs-dark-grey">{note}</span> : null}
    </>
  );
}

/** Delivered in the UK: its own question, answered from the commissioning facts, each with its source. */
function UkDeliverySection({ dataset, programme }: { dataset: EvidenceDataset; programme: Programme }) {
  const { value, facts } = ukDelivery(programme);
  return (
    <>
      <h2>Delivered in the UK</h2>
      <p>
        <strong>{UK_DELIVERY_LABELS[value]}.</strong>{' '}
        {value === 'uk'
          ? 'What our sources say about delivery in the UK:'
          : 'We found no source on UK delivery. That does not mean it is not offered here.'}{' '}
        This is separate from the country its trials ran in.
      </p>
      {facts.length > 0 ? (
        <ul className="list-disc pl-6">
          {facts.map((fact, index) => (
            <li key={index}>
              {fact.sourceName}
              {fact.sourceDate ? ` (${fact.sourceDate})` : ''}: {fact.value}{' '}
              <ExternalSourceLink
                dataset={dataset}
                source={findSource(dataset, fact.sourceId)}
                what={`UK delivery of ${programme.name}`}
              />
              {fact.caveat ? <span className="block text-base text-nhs-dark-grey">Caution: {fact.caveat}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function citationText(trial: TrialReport): string {
  const { citation } = trial;
  const authors = reportAuthors(trial);
  const where = [
    citation.journal,
    citation.volume ? `${citation.volume}${citation.issue ? `(${citation.issue})` : ''}` : null,
    citation.pages,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    authors ?? 'Authors not reported in our sources.',
    citation.year ? `(${citation.year}${citation.yearNote ? `; ${citation.yearNote}` : ''})` : null,
    `${citation.title}.`,
    where ? `${where}.` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function TrialSection({
  dataset,
  trial,
  nested = false,
}: {
  dataset: EvidenceDataset;
  trial: TrialReport;
  nested?: boolean;
}) {
  const source = findSource(dataset, trial.sourceId);
  const heading = `${reportLabel(trial)}: ${REPORT_KIND_LABELS[trial.reportKind]}`;
  const Heading = nested ? 'h4' : 'h3';
  return (
    <article
      aria-labelledby={`trial-${trial.id}`}
      className="mb-6 bg-white p-4 [overflow-wrap:break-word] [hyphens:auto]"
    >
      <Heading id={`trial-${trial.id}`} className="mt-0">
        {heading}
      </Heading>
      <p className="text-base">
        {citationText(trial)}{' '}
        {trial.citation.doi ? (
          <a href={`https://doi.org/${trial.citation.doi}`}>DOI {trial.citation.doi}</a>
        ) : (
          <span className="text-nhs-dark-grey">DOI not reported in our sources.</span>
        )}
      </p>
      <dl className="grid gap-x-4 text-base sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Design</dt>
        <dd className="mb-1">
          {trial.design}
          <span className="block text-nhs-dark-grey">
            Our coding: {DESIGN_LABELS[trial.designCode]}, {REPORT_KIND_LABELS[trial.reportKind]}
            {trial.reportKind === 'summary' ? ' (not counted as a trial, and left out of the evidence map)' : ''}
          </span>
        </dd>
        <dt className="font-bold">Participants (N)</dt>
        <dd className="mb-1">
          {trial.n ?? 'Not reported in our sources'}
          {trial.nCounts ? ' (the number analysed, not the number randomised)' : ''}
          {trial.nDetail ? <span className="block text-nhs-dark-grey">{trial.nDetail}</span> : null}
          {trial.nCounts ? <span className="block text-nhs-dark-grey">Our note: {trial.nCounts.note}</span> : null}
        </dd>
        <dt className="font-bold">Who took part</dt>
        <dd className="mb-1">{trial.population ?? 'Not reported in our sources'}</dd>
        <dt className="font-bold">Country</dt>
        <dd className="mb-1">{trial.country ?? 'Not reported in our sources'}</dd>
        <dt className="font-bold">Compared with</dt>
        <dd className="mb-1">{trial.comparison ?? 'Not reported in our sources'}</dd>
      </dl>
      <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={`Outcomes of ${heading}`}>
        <table className="text-base">
          <caption className="text-left font-bold">Outcomes and results as stated by the source</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Result as stated</th>
              <th scope="col">Effect size as printed</th>
              <th scope="col">Our coding: outcome, direction and what was compared</th>
            </tr>
          </thead>
          <tbody>
            {trial.outcomes.map((outcome) => (
              <tr key={outcome.id}>
                <td>{outcome.measure}</td>
                <td>
                  {outcome.resultText}
                  {outcome.note ? <span className="block text-sm text-nhs-dark-grey">{outcome.note}</span> : null}
                </td>
                <td>
                  {outcome.effectSize ? `${outcome.effectSize.value} (${outcome.effectSize.metric})` : 'Not reported'}
                  {outcome.p !== null ? `; p = ${outcome.p}` : ''}
                </td>
                <td>
                  {DOMAIN_LABELS[outcome.coding.domain]}: {DIRECTION_LABELS[outcome.coding.direction].toLowerCase()}
                  {outcome.coding.alsoDomains && outcome.coding.alsoDomains.length > 0 ? (
                    <span className="block text-sm">
                      Also counted under:{' '}
                      {outcome.coding.alsoDomains.map((domain) => DOMAIN_LABELS[domain].toLowerCase()).join('; ')}
                    </span>
                  ) : null}
                  <span className="block text-sm text-nhs-dark-grey">
                    {COMPARISON_LABELS[outcome.coding.comparison]}.
                    {outcome.coding.reason ? ` ${outcome.coding.reason}` : ''}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 mb-0 text-base">
        Source:{' '}
        {source?.url ? (
          <CitedSourceAnchor dataset={dataset} source={source} doi={trial.citation.doi} className="trial-source">
            {trialSourceLabel(dataset, source, trial.citation.doi)}
          </CitedSourceAnchor>
        ) : (
          'not recorded'
        )}
        {trial.additionalSourceIds.length > 0 ? (
          <>
            . Also:{' '}
            {trial.additionalSourceIds.map((sourceId, index) => {
              const extra = findSource(dataset, sourceId);
              return (
                <span key={sourceId}>
                  {extra?.url ? (
                    <CitedSourceAnchor dataset={dataset} source={extra}>
                      {sourceDisplayName(extra)}
                    </CitedSourceAnchor>
                  ) : (
                    sourceId
                  )}
                  {index < trial.additionalSourceIds.length - 1 ? '; ' : ''}
                </span>
              );
            })}
          </>
        ) : null}
      </p>
      {trial.notes ? (
        <p className="mt-2 mb-0 text-base text-nhs-dark-grey">
          Note by the compilers of our evidence files: {trial.notes}
        </p>
      ) : null}
    </article>
  );
}

/** The link's words name the address it opens: the original's (a DOI) when it stands in for the copy we read. */
function trialSourceLabel(
  dataset: EvidenceDataset,
  source: NonNullable<ReturnType<typeof findSource>>,
  doi: string | null,
): string {
  const link = doi ? citedLink(dataset, source, doi) : null;
  return link?.copy?.originalLinked ? link.href.replace(/^https?:\/\//, '') : sourceDisplayName(source);
}

export function ProgrammePage() {
  const { programmeId } = useParams();
  const dataset = useEvidence();
  const programme = findProgramme(dataset, programmeId);
  useDocumentTitle(programme?.name ?? 'Programme not found');
  if (!programme) {
    return (
      <>
        <h1>Programme not found</h1>
        <p>
          There is no programme called “{programmeId}” in our dataset. See{' '}
          <Link to={pages.catalogue.href()}>all interventions</Link>.
        </p>
      </>
    );
  }
  const type = dataset.review.interventionTypes.find((candidate) => candidate.id === programme.type);
  const trials = dataset.trials.filter((trial) => trial.programmeId === programme.id);
  const grouped = groupReportsByTrial(trials, dataset.trialSamples);
  const summaries = trials.filter((trial) => trial.sampleId === null);
  const count = countTrialsAndReports(dataset, programme.id);

  return (
    <>
      <p className="mb-2">
        <Link to={pages.catalogue.href()}>All interventions</Link>
      </p>
      <h1>{programme.name}</h1>
      <p className="text-xl">{programme.catalogue.summary}</p>
      <p className="text-base text-nhs-dark-grey">
        This one-line description is ours. The details below are from the sources, each linked.
      </p>
      <AddToComparisonButton programmeId={programme.id} programmeName={programme.name} />

      <h2>Type: {type?.name}</h2>
      <InsetText>
        <p>
          <strong>This is our coding, not the review’s.</strong> The review grouped interventions into three types, but
          how it coded each study is not in our sources. Why we chose this type: {programme.typeBasis}
        </p>
        <p>
          <Link to={pages.type.href(programme.type)}>More about {type?.name.toLowerCase()} interventions</Link>
        </p>
      </InsetText>

      <UkDeliverySection dataset={dataset} programme={programme} />

      <h2>About the programme</h2>
      <dl className="divide-y divide-nhs-grey-4 bg-white [overflow-wrap:break-word] [hyphens:auto]">
        {FIELD_LABELS.map(([key, label]) => (
          <div key={key} className="grid gap-x-4 p-4 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>
              <FieldValue
                dataset={dataset}
                field={programme.fields[key]}
                what={`${label.toLowerCase()} of ${programme.name}`}
              />
            </dd>
          </div>
        ))}
        <div className="grid gap-x-4 p-4 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">Our coding for the catalogue</dt>
          <dd>
            Format: {programme.catalogue.formats.map((format) => FORMAT_LABELS[format]).join(', ')}. Child’s age:{' '}
            {programme.catalogue.childAgeBands.map((band) => AGE_BAND_LABELS[band]).join(', ')}.
          </dd>
        </div>
      </dl>
      {programme.ratings.length > 0 ? (
        <>
          <h3>Ratings by others</h3>
          <ul className="list-disc pl-6">
            {programme.ratings.map((rating, index) => (
              <li key={index}>
                <FieldValue dataset={dataset} field={rating} what={`a rating of ${programme.name}`} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {programme.replications.length > 0 ? (
        <>
          <h3>Where else it has been used or tested</h3>
          <ul className="list-disc pl-6">
            {programme.replications.map((item, index) => (
              <li key={index}>
                <FieldValue dataset={dataset} field={item} what={`where ${programme.name} has been used`} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {programme.notes ? (
        <p className="text-base text-nhs-dark-grey">Note by the compilers of our evidence files: {programme.notes}</p>
      ) : null}

      <ProgrammeCommissioning dataset={dataset} programme={programme} />

      <h2>Trials</h2>
      {trials.length === 0 ? (
        <p>No trials of this programme are in our dataset.</p>
      ) : (
        <>
          <p>
            {designSummary(trials)}
            {count.summaries > 0
              ? `, plus ${count.summaries === 1 ? 'a summary' : `${count.summaries} summaries`} of reports already listed`
              : ''}
            . A trial is one group of participants; a follow-up or another analysis of the same group is another report
            of the same trial, not a new trial. Only a <Term entry={rctTerm}>randomised controlled trial (RCT)</Term>{' '}
            can show fairly what the programme adds; a <Term entry={prePostTerm}>before-and-after study</Term> cannot.
            Results are as the sources state them; “our coding” is how we grouped each result for the evidence map.
          </p>
          {dataset.possibleOverlaps
            .filter((overlap) => overlap.programmeId === programme.id)
            .map((overlap) => (
              <InsetText key={overlap.id}>
                <p>
                  <strong>Possible overlap (our reading of the sources):</strong> {overlap.basis}
                </p>
              </InsetText>
            ))}
          <CitationTools
            references={trials.map((trial) => trialReference(dataset, trial))}
            filename={`${programme.id}-trials`}
            label={`the trial reports of ${programme.name}`}
          />
          {grouped.map((trial) =>
            trial.reports.length === 1 && trial.reports[0] ? (
              <TrialSection key={trial.sampleId} dataset={dataset} trial={trial.reports[0]} />
            ) : (
              <section
                key={trial.sampleId}
                aria-labelledby={`sample-${trial.sampleId}`}
                className="mb-6 border-l-4 border-nhs-grey-4 pl-3"
              >
                <h3 id={`sample-${trial.sampleId}`}>
                  One trial, {trial.reports.length} reports:{' '}
                  {trial.reports.map((report) => reportLabel(report)).join(', ')}
                </h3>
                <p className="text-base">
                  {trial.sample?.registration ? `Registration: ${trial.sample.registration}. ` : ''}
                  Why we count these reports as one trial (our reading of the sources): {trial.sample?.grouping?.basis}
                </p>
                {trial.reports.map((report) => (
                  <TrialSection key={report.id} dataset={dataset} trial={report} nested />
                ))}
              </section>
            ),
          )}
          {summaries.map((trial) => (
            <TrialSection key={trial.id} dataset={dataset} trial={trial} />
          ))}
        </>
      )}

      <ProgrammeSinceTheReview dataset={dataset} programme={programme} />

      <h2>All sources for this programme</h2>
      <ul className="list-disc pl-6 text-base [overflow-wrap:break-word] [hyphens:auto]">
        {programme.sourceIds.map((sourceId) => {
          const source = findSource(dataset, sourceId);
          return (
            <li key={sourceId}>
              {source?.url ? (
                <CitedSourceAnchor dataset={dataset} source={source}>
                  {sourceDisplayName(source)}
                </CitedSourceAnchor>
              ) : (
                sourceId
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
