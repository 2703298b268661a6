import { countOf } from '../../domain/format';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { InsetText } from '../../components/callouts';
import { SinceEntryCard } from '../../components/since-entry';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { OUTCOME_IDS, type OutcomeId } from '../../domain/evidence/dataset-ids';
import type { Outcome, Programme } from '../../domain/evidence/evidence-schema';
import { pages } from '../../domain/pages/pages';
import { filterSince, NO_PROGRAMME, sinceTally, type SinceFilters } from '../../domain/evidence/since-the-review';

function FilterForm({
  filters,
  programmeOptions,
  outcomeOptions,
  hasOther,
}: {
  filters: SinceFilters;
  programmeOptions: readonly Programme[];
  outcomeOptions: readonly Outcome[];
  hasOther: boolean;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState({ programme: filters.programme ?? '', outcome: filters.outcome ?? '' });
  const apply = (event: SyntheticEvent) => {
    event.preventDefault();
    void navigate(
      pages.sinceTheReview.href({
        ...(draft.programme ? { programme: draft.programme } : {}),
        ...(draft.outcome ? { outcome: draft.outcome } : {}),
      }),
    );
  };
  return (
    <form
      onSubmit={apply}
      action={pages.sinceTheReview.href()}
      method="get"
      className="no-print my-4 flex flex-wrap items-end gap-4 bg-white p-4"
      aria-label="Filter the newer studies"
    >
      <div className="max-w-full min-w-0">
        <label htmlFor="since-programme" className="block font-bold">
          Programme
        </label>
        <select
          id="since-programme"
          name="programme"
          className="max-w-full border-2 border-nhs-black p-1"
          value={draft.programme}
          onChange={(event) => setDraft({ ...draft, programme: event.target.value })}
        >
          <option value="">All programmes</option>
          {programmeOptions.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
          {hasOther ? <option value={NO_PROGRAMME}>Other programmes, comparators and mixed reviews</option> : null}
        </select>
      </div>
      <div className="max-w-full min-w-0">
        <label htmlFor="since-outcome" className="block font-bold">
          Outcome measured
        </label>
        <select
          id="since-outcome"
          name="outcome"
          className="max-w-full border-2 border-nhs-black p-1"
          value={draft.outcome}
          onChange={(event) => setDraft({ ...draft, outcome: event.target.value })}
        >
          <option value="">All outcomes</option>
          {outcomeOptions.map((outcome) => (
            <option key={outcome.id} value={outcome.id}>
              {outcome.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="border-2 border-nhs-blue bg-nhs-blue px-3 py-1 font-bold text-white">
        Show
      </button>
      {filters.programme !== null || filters.outcome !== null ? (
        <Link to={pages.sinceTheReview.href()}>Show all</Link>
      ) : null}
    </form>
  );
}

/**
 * Studies and reviews newer than the review, or outside it, newest first, filterable by programme and outcome. The
 * filters live in the address, so a filtered list can be shared and Back undoes a change.
 */
export function SinceTheReviewPage() {
  useDocumentTitle('Since the review');
  const dataset = useEvidence();
  const [searchParams] = useSearchParams();
  const programmeOptions = [
    ...dataset.programmes.filter((programme) =>
      dataset.sinceTheReview.some((entry) => entry.programmeId === programme.id),
    ),
  ];
  const hasOther = dataset.sinceTheReview.some((entry) => entry.programmeId === null);
  const outcomeOptions = dataset.outcomes.filter((outcome) =>
    dataset.sinceTheReview.some((entry) => entry.appOutcomes.some((item) => item.outcomeId === outcome.id)),
  );
  const programmeParameter = searchParams.get('programme');
  const outcomeParameter = searchParams.get('outcome');
  const filters: SinceFilters = {
    programme:
      programmeParameter === NO_PROGRAMME || programmeOptions.some((option) => option.id === programmeParameter)
        ? programmeParameter
        : null,
    outcome: (OUTCOME_IDS as readonly string[]).includes(outcomeParameter ?? '')
      ? (outcomeParameter as OutcomeId)
      : null,
  };
  const ignored = [
    programmeParameter !== null && filters.programme === null ? `programme=${programmeParameter}` : null,
    outcomeParameter !== null && filters.outcome === null ? `outcome=${outcomeParameter}` : null,
  ].filter((item): item is string => item !== null);
  const entries = filterSince(dataset, filters);
  const all = sinceTally(dataset.sinceTheReview);
  const filtered = filters.programme !== null || filters.outcome !== null;

  return (
    <>
      <h1>Since the review</h1>
      <p className="text-xl">
        Studies and reviews that are newer than the review (Sleed and others, report October 2022), or that our other
        files do not hold, on the programmes in our dataset and a few labelled comparators.
      </p>
      <InsetText>
        <p>
          <strong>These are not part of the review’s results.</strong> Each is shown on its own, in its source’s own
          words, with the kind of source and any caution. Nothing here is pooled with the review’s figures or changes
          its ratings. A registered study with no results says “No results yet”; where a result is not in our sources,
          we say so.
        </p>
      </InsetText>
      <p>
        Our sources hold {countOf(all.entries, 'entry', 'entries')}: {all.withResults} with a result in their own words,{' '}
        {all.noResultsYet} registered with no results yet and {all.resultNotInSources} whose result is not in our
        sources.
      </p>

      <FilterForm
        key={searchParams.toString()}
        filters={filters}
        programmeOptions={programmeOptions}
        outcomeOptions={outcomeOptions}
        hasOther={hasOther}
      />
      {ignored.length > 0 ? <p className="text-base">Not understood, so ignored: {ignored.join(', ')}.</p> : null}

      <h2 aria-live="polite">
        {filtered
          ? `${countOf(entries.length, 'entry', 'entries')} match, newest first`
          : `All ${countOf(entries.length, 'entry', 'entries')}, newest first`}
      </h2>
      {entries.length === 0 ? <p>None of our newer sources matches these filters.</p> : null}
      <div>
        {entries.map((entry) => (
          <SinceEntryCard key={entry.id} dataset={dataset} entry={entry} />
        ))}
      </div>
    </>
  );
}
