import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { InsetText, WarningCallout } from '../../components/callouts';
import { useComparisonTray } from '../../components/comparison-tray-store';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { compareProgrammes } from '../../domain/comparison/programme-comparison';
import { MAX_PROGRAMMES, parseComparisonSelection, typeComparisonPath } from '../../domain/comparison/selection';
import { compareTypes } from '../../domain/comparison/type-comparison';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { ComparisonTableView } from './comparison-table';
import { AtAGlanceView } from './at-a-glance-view';
import { atAGlance } from '../../domain/comparison/at-a-glance';
import { CostWorksheet } from './cost-worksheet';
import { costWorksheetData } from '../../data/cost-worksheet';
import { startingInputs, worksheetProgrammes, type WorksheetEntry } from '../../domain/cost/worksheet';
import { CompareExports, type PrintOrientation } from './compare-exports';
import { pages } from '../../domain/pages/pages';

function Chooser({ dataset, chosen }: { dataset: EvidenceDataset; chosen: string[] }) {
  return (
    <>
      <p>
        {chosen.length > 0 ? `You chose ${chosen.join(', ')}. ` : ''}Choose 2 to {MAX_PROGRAMMES} programmes to see them
        side by side. You can also add programmes from the{' '}
        <Link to={pages.catalogue.href()}>list of interventions</Link> with “Add to comparison”.
      </p>
      <form method="get" action={pages.compare.href()} className="bg-white p-4">
        <fieldset>
          <legend className="mb-2 font-bold">Programmes</legend>
          <ul className="m-0 grid list-none gap-1 p-0 sm:grid-cols-2">
            {dataset.programmes.map((programme) => (
              <li key={programme.id}>
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="programme" value={programme.id} className="mt-1.5 size-5" />
                  <span>{programme.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="mt-4 bg-nhs-green px-4 py-2 font-bold text-white">
          Compare the programmes I ticked
        </button>
      </form>
      <h2>Compare the types of intervention</h2>
      <p>
        <Link to={typeComparisonPath(['mentalization', 'attachment', 'dyadic'])}>Compare all three types</Link> (our
        coding of the programmes).
      </p>
    </>
  );
}

/**
 * Shown only when scripts do not run. The page is served as the same prerendered chooser whatever its address says
 * (a static host cannot read the query), so without JavaScript it must say so rather than quietly show the chooser for
 * a link to a comparison. Each programme's own page is prerendered and works without JavaScript.
 */
function NeedsJavaScript({ dataset }: { dataset: EvidenceDataset }) {
  return (
    <noscript>
      <div className="my-6 border-4 border-nhs-red bg-white p-4">
        <h2 className="mt-0 text-xl">This comparison needs JavaScript</h2>
        <p>
          Your browser is not running JavaScript, so this page cannot read the programmes or types in its address, and
          it cannot draw the comparison. Ticking programmes below will bring you back to this page. Turn JavaScript on
          to compare them, or read each programme on its own page:
        </p>
        <ul className="mb-0 list-disc pl-6">
          {dataset.programmes.map((programme) => (
            <li key={programme.id}>
              <a href={pages.programme.href(programme.id)}>{programme.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </noscript>
  );
}

export function ComparePage() {
  const dataset = useEvidence();
  const [parameters] = useSearchParams();
  const selection = useMemo(() => parseComparisonSelection(parameters, dataset), [parameters, dataset]);
  const tray = useComparisonTray();
  const heading =
    selection.kind === 'types'
      ? 'Compare types of intervention'
      : selection.kind === 'programmes'
        ? 'Compare programmes'
        : 'Compare programmes or types';
  useDocumentTitle(heading);

  // The URL is the state: opening a comparison link fills the tray with its programmes, in its order.
  const urlProgrammeIds =
    selection.kind === 'programmes' ? selection.programmes.map((programme) => programme.id).join(',') : '';
  const { replace } = tray;
  useEffect(() => {
    if (urlProgrammeIds) replace(urlProgrammeIds.split(','));
  }, [urlProgrammeIds, replace]);

  const table = useMemo(() => {
    if (selection.kind === 'programmes') return compareProgrammes(dataset, selection.programmes);
    if (selection.kind === 'types') return compareTypes(dataset, selection.typeIds);
    return null;
  }, [dataset, selection]);

  const glance = useMemo(
    () => (selection.kind === 'programmes' ? atAGlance(dataset, selection.programmes) : null),
    [dataset, selection],
  );
  const [orientation, setOrientation] = useState<PrintOrientation>('landscape');
  const worksheetBase = useMemo(
    () =>
      selection.kind === 'programmes' ? worksheetProgrammes(dataset, selection.programmes, costWorksheetData) : [],
    [dataset, selection],
  );
  // What the reader typed, by programme; a new comparison starts each worksheet from our sources again.
  const [edits, setEdits] = useState<Record<string, WorksheetEntry>>({});
  const worksheet = worksheetBase.map(
    (programme) => edits[programme.programmeId] ?? { programme, inputs: startingInputs(programme), result: null },
  );
  const updateWorksheet = (entry: WorksheetEntry) =>
    setEdits((current) => ({ ...current, [entry.programme.programmeId]: entry }));

  return (
    <div className={`compare-page ${orientation === 'landscape' ? 'print-landscape' : 'print-portrait'}`}>
      <h1>{heading}</h1>
      <NeedsJavaScript dataset={dataset} />
      {selection.ignored.length > 0 ? (
        <WarningCallout heading="Some of the address was not used">
          <p>
            We left out {selection.ignored.length === 1 ? 'this part' : `these ${selection.ignored.length} parts`} of
            the address:
          </p>
          <ul className="list-disc pl-6">
            {selection.ignored.map((part, index) => (
              <li key={index}>{part}</li>
            ))}
          </ul>
        </WarningCallout>
      ) : null}
      {table === null ? (
        <Chooser dataset={dataset} chosen={selection.kind === 'too-few' ? selection.chosen : []} />
      ) : (
        <>
          {table.kind === 'programmes' ? (
            <p className="print-detail">
              Each fact is from the source linked beside it. Rows marked “our coding” are how we grouped or counted
              things. “Not in our sources” means our sources did not report it, not that it does not exist. The
              programmes and trials are the ones our sources name, not a list of the review’s 77 studies. Ratings from
              different clearinghouses use different scales and cannot be compared with each other.
            </p>
          ) : (
            <InsetText>
              <p>
                <strong>Our sources give no pooled result for each type.</strong> The review pooled its controlled
                studies by outcome. Our sources do not say whether it compared the types, so nothing on this page says
                that one type works better than another. Which programme belongs to which type is our coding, not the
                review’s. Numbers of studies show how much research our sources name, not how well a type works.
              </p>
            </InsetText>
          )}
          {glance ? <AtAGlanceView dataset={dataset} table={glance} /> : null}
          {glance ? <h2 className="text-xl">Every fact, side by side</h2> : null}
          <ComparisonTableView
            dataset={dataset}
            table={table}
            caption={`${table.kind === 'programmes' ? 'Programmes' : 'Types'} compared: ${table.columns.map((column) => column.name).join(', ')}`}
          />
          <CostWorksheet entries={worksheet} onChange={updateWorksheet} unitCosts={costWorksheetData.unitCosts} />
          <CompareExports
            dataset={dataset}
            table={table}
            worksheet={worksheet}
            orientation={orientation}
            onOrientationChange={setOrientation}
          />
          <p className="no-print mt-6">
            <Link to={pages.compare.href()}>Choose other programmes or types to compare</Link>
          </p>
        </>
      )}
      <p className="no-print mt-6">
        For the guidance, funding and services a board paper cites, see{' '}
        <Link to={pages.provision.href()}>UK provision and policy</Link>.
      </p>
    </div>
  );
}
