import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { InsetText, WarningCallout } from '../../components/callouts';
import { EvidenceMapLegend } from '../../components/evidence-map/evidence-map-legend';
import { EvidenceMapTable } from '../../components/evidence-map/evidence-map-table';
import { ChartErrorBoundary } from '../../components/charts/chart-error-boundary';
import { EvidenceMap } from '../../components/evidence-map/evidence-map';
import { EvidenceMapExportButtons } from '../../components/evidence-map/evidence-map-export';
import { Term } from '../../components/glossary-term';
import { prePostTerm } from '../../domain/glossary/pre-post';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import {
  FACET_IDS,
  FACET_LABELS,
  activeFilterCount,
  applyFilters,
  emptyFilters,
  evidenceMapRows,
  facetCounts,
  facetOptions,
  filtersToParameters,
  parseFilters,
  programmeFacts,
  toggleFilter,
  type CatalogueFilters,
  type FacetId,
} from '../../domain/evidence/catalogue';
import { countTrialsAndReports, formatTrialCount, overlapSentence } from '../../domain/evidence/trials';
import { ProgrammeCard } from './programme-card';
import { CsvDownloadButton } from '../../components/csv-download-button';
import { CATALOGUE_COLUMNS, catalogueRecords } from '../../domain/export/tables';
import { EvidenceSuspense } from '../../components/evidence-suspense';
import { pages } from '../../domain/pages/pages';
import { PrerenderedIsland } from '../../components/prerendered-island';

export function CataloguePage() {
  useDocumentTitle('Interventions');
  return (
    <>
      <h1>Interventions</h1>
      <p className="text-xl">
        The programmes in our dataset, with the trials we found for each. Filter by whether our sources describe it
        being delivered in the UK, type, outcome, format, age, study design or the country its trials ran in.
      </p>
      <EvidenceSuspense>
        <Catalogue />
      </EvidenceSuspense>
    </>
  );
}

function Catalogue() {
  const dataset = useEvidence();
  const [searchParams, setSearchParams] = useSearchParams();
  // On a phone the filters start folded behind a button, so the results come first; from md up they are always open.
  // CSS does the choosing, so the prerendered page is right on every screen before any script runs, and nothing moves.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const facts = useMemo(() => programmeFacts(dataset), [dataset]);
  const options = useMemo(() => facetOptions(dataset, facts), [dataset, facts]);
  const { filters, ignored } = parseFilters(searchParams, options);
  const results = applyFilters(facts, filters);
  const mapRows = evidenceMapRows(results);
  const mapDescription = `Evidence map of ${results.length} programmes by outcome. The table after the map lists every finding.`;
  const active = activeFilterCount(filters);
  const typeName = (id: string) => options.type.find((option) => option.value === id)?.label ?? id;

  // Every change is a new history entry, so the browser's Back button undoes it.
  // The router updates without a transition (app.tsx), so a ticked box shows ticked at once, with no flicker back.
  const show = (next: CatalogueFilters) => setSearchParams(filtersToParameters(next, options));
  const labelOf = (facet: FacetId, value: string) =>
    options[facet].find((option) => option.value === value)?.label ?? value;

  // Removing a chip removes the focused button: keep keyboard focus in place by moving it to the chip that took its
  // place (or the last one), or to the results heading when none are left.
  const chipList = useRef<HTMLUListElement>(null);
  const removedChipIndex = useRef<number | null>(null);
  const search = searchParams.toString();
  useEffect(() => {
    const index = removedChipIndex.current;
    if (index === null) return;
    removedChipIndex.current = null;
    const chips = chipList.current ? [...chipList.current.querySelectorAll('button')] : [];
    const target = chips[Math.min(index, chips.length - 1)] ?? document.getElementById('results-heading');
    target?.focus();
  }, [search]);
  const removeChip = (facet: FacetId, value: string, index: number) => {
    removedChipIndex.current = index;
    show(toggleFilter(filters, facet, value));
  };

  return (
    <>
      <InsetText>
        <p>
          The type of each programme is <strong>our coding</strong>. The review grouped interventions into three types,
          but its own coding of each study is not in our sources. Each programme page says why we chose its type.
        </p>
        <p>
          These {dataset.programmes.length} programmes and their trials are the ones our sources name: they are not the
          review’s list of its {dataset.review.keyFigures.find((figure) => figure.id === 'studies')?.display ?? ''}{' '}
          studies, which is not in our sources. In all: {formatTrialCount(countTrialsAndReports(dataset))}.
          {overlapSentence(dataset)}
        </p>
      </InsetText>
      {ignored.length > 0 ? (
        <WarningCallout heading="Part of this link was not understood">
          <p>
            We ignored {ignored.length === 1 ? 'this filter' : 'these filters'}: {ignored.join(', ')}. The list below
            uses the rest of the link.
          </p>
        </WarningCallout>
      ) : null}

      <div className="grid gap-8 md:grid-cols-[17rem_1fr]">
        <div className="self-start">
          {/* Forty checkboxes are a long way to tab: keyboard users can jump past them. */}
          <a href="#results-heading" className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:p-1">
            Skip the filters to the results
          </a>
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="catalogue-filters"
            onClick={() => setFiltersOpen((open) => !open)}
            className="w-full border-2 border-nhs-blue bg-white px-3 py-2 text-left text-xl font-bold text-nhs-blue md:hidden needs-script"
          >
            <span aria-hidden="true">{filtersOpen ? '▾' : '▸'} </span>
            Filters{active > 0 ? ` (${active} active)` : ''}
          </button>
          <div
            id="catalogue-filters"
            className={`needs-script bg-white p-4 ${filtersOpen ? 'mt-2 block' : 'hidden md:block'}`}
          >
            <h2 className="mt-0 hidden text-2xl md:block">Filters{active > 0 ? ` (${active} active)` : ''}</h2>
            <form aria-label="Filter interventions" onSubmit={(event) => event.preventDefault()} className="md:mt-4">
              {FACET_IDS.map((facet) => (
                <fieldset key={facet} className="mb-5">
                  <legend className="mb-2 font-bold">{FACET_LABELS[facet]}</legend>
                  <ul className="space-y-1 text-base">
                    {options[facet].map((option) => {
                      const count = facetCounts(facts, filters, facet, option.value);
                      const id = `filter-${facet}-${option.value}`;
                      const checked = filters[facet].includes(option.value);
                      return (
                        <li key={option.value} className="flex items-start gap-2">
                          <input
                            id={id}
                            type="checkbox"
                            className="mt-1 h-5 w-5 shrink-0 accent-nhs-blue"
                            checked={checked}
                            onChange={() => show(toggleFilter(filters, facet, option.value))}
                          />
                          <label htmlFor={id} className={count === 0 && !checked ? 'text-nhs-dark-grey' : ''}>
                            {option.label} <span className="text-nhs-dark-grey">({count})</span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              ))}
              <button
                type="button"
                onClick={() => show(emptyFilters())}
                disabled={active === 0}
                className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue disabled:border-nhs-grey-4 disabled:text-nhs-dark-grey"
              >
                Clear all filters
              </button>
            </form>
          </div>
        </div>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1} className="mt-0 text-2xl">
            Programmes
          </h2>
          {/* The prerendered page cannot read the address's filters: without JavaScript it lists every programme. */}
          <noscript>
            <WarningCallout heading="The filters need JavaScript">
              <p>
                JavaScript is turned off or blocked in this browser, so this page cannot filter. It lists all{' '}
                {facts.length} programmes, even when the link you followed names filters. Turn JavaScript on to filter
                the list.
              </p>
            </WarningCallout>
          </noscript>
          <p role="status" aria-live="polite" className="font-bold">
            {results.length === facts.length
              ? `Showing all ${facts.length} programmes`
              : `Showing ${results.length} of ${facts.length} programmes`}
          </p>
          <p className="needs-script mb-4">
            <CsvDownloadButton
              columns={CATALOGUE_COLUMNS}
              records={() => catalogueRecords(dataset, results, window.location.origin)}
              filename="under5s-interventions"
            >
              {`Download these ${results.length} programmes (CSV)`}
            </CsvDownloadButton>
          </p>
          {active > 0 ? (
            <ul ref={chipList} aria-label="Filters in use" className="mb-4 flex flex-wrap gap-2">
              {FACET_IDS.flatMap((facet) => filters[facet].map((value) => [facet, value] as const)).map(
                ([facet, value], index) => (
                  <li key={`${facet}-${value}`}>
                    <button
                      type="button"
                      onClick={() => removeChip(facet, value, index)}
                      className="border border-nhs-blue bg-white px-2 py-0.5 text-base text-nhs-blue"
                    >
                      <span className="sr-only">Remove filter</span> {labelOf(facet, value)} ✕
                    </button>
                  </li>
                ),
              )}
            </ul>
          ) : null}
          {results.length === 0 ? (
            <div className="bg-white p-4">
              <p className="font-bold">No programmes match all of these filters.</p>
              <p>
                Within one heading, ticking more boxes widens the search; each heading you use narrows it. Remove a
                filter above, or{' '}
                <button
                  type="button"
                  onClick={() => show(emptyFilters())}
                  className="font-bold text-nhs-blue underline"
                >
                  clear all filters
                </button>
                .
              </p>
            </div>
          ) : (
            <ul className="space-y-4">
              {results.map((fact) => (
                <ProgrammeCard key={fact.programme.id} fact={fact} typeName={typeName(fact.programme.type)} />
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Evidence map</h2>
        <p>
          Which outcomes the trials of each programme measured, and what they found, for the programmes shown above.
          Each mark is one trial’s findings for one outcome: a follow-up or another report of the same trial adds
          findings to its mark, not a new mark. Where a trial has both a comparison with another group and a
          before-and-after change for the same outcome, its mark shows the comparison with the other group; the
          before-and-after finding is listed inside it. Developers’ summaries of trials already listed, and results that
          are not an effect of the programme (feasibility, moderation, a pilot’s “may improve”), are left out. Which
          outcome, which way and what was compared are all <strong>our coding</strong> of the trial’s stated result;
          open a cell in the table to read the trial’s own words. The shape shows what a finding compared: only a
          controlled comparison can show what the programme adds. A <Term entry={prePostTerm}>before-and-after</Term>{' '}
          change cannot show what would have happened without the programme, and a contrast of two active treatments is
          not an effect of the programme.
        </p>
        {results.length === 0 ? (
          <p>No programmes to map with these filters.</p>
        ) : (
          <>
            <EvidenceMapLegend />
            <figure className="my-4 bg-white p-2">
              <figcaption className="sr-only">Evidence map</figcaption>
              {/* The build leaves the cells' tooltips out of the page (they repeat the table); the first pointer over
                  the map hands it to React, which draws them. */}
              <PrerenderedIsland id="evidence-map-drawing" version={search} handOverOnPointer>
                <ChartErrorBoundary message="The evidence map could not be drawn. The table after it lists every finding.">
                  <EvidenceMap rows={mapRows} description={mapDescription} tooltips={typeof document !== 'undefined'} />
                </ChartErrorBoundary>
              </PrerenderedIsland>
              <EvidenceMapExportButtons rows={mapRows} description={mapDescription} filename="under5s-evidence-map" />
            </figure>
            <PrerenderedIsland id="evidence-map-findings" version={search}>
              <EvidenceMapTable rows={mapRows} />
            </PrerenderedIsland>
          </>
        )}
        <p className="mt-4">
          <Link to={pages.glossary.href()}>What the terms mean</Link>
        </p>
      </section>
    </>
  );
}
