import { useDocumentTitle } from '../../components/use-document-title';
import { effectScale, shownSettings } from '../../domain/study-data/analyse';
import type { ColumnMapping, LayoutId } from '../../domain/study-data/layouts';
import { resultsCsv } from '../../domain/study-data/results-export';
import { ConflictNotice } from './conflict-notice';
import { downloadText, fileNameFor } from './download';
import { ExamplePanel } from './example-panel';
import { ImportPanel } from './import-panel';
import { MappingPanel } from './mapping-panel';
import { MappingStep } from './mapping-step';
import { measureNameFor } from './measure-name';
import { MetaRegressionPanel } from './meta-regression-panel';
import { ProblemList } from './problem-list';
import { ResultsPanel } from './results-panel';
import { SavedWorkspacesPanel } from './saved-workspaces-panel';
import { IntervalScaleField } from './select-field';
import { useWorkspace } from './use-workspace';
import { WorkspacePanel } from './workspace-panel';

/** The analysis page: the workspace lifecycle is in useWorkspace; the panels only show it. */
export function AnalysisPage() {
  useDocumentTitle('Analyse your own study data');
  const state = useWorkspace();
  const { current, imported, analysis, settings, failure, draft, conflict, stored } = state;

  const scale = effectScale(imported?.layout ?? null, current?.options, analysis?.studies);
  const measureName = measureNameFor(imported?.layout ?? null, current?.options ?? { smd: 'hedges', ratio: 'RR' });
  const rowProblems = imported?.problems ?? [];

  return (
    <>
      <h1>Analyse your own study data</h1>
      <p className="text-xl">
        Bring a table of studies and see them pooled, split into subgroups and stress-tested, with the same methods as
        R’s metafor. Everything runs in this browser: nothing is uploaded.
      </p>
      <p>
        This page re-analyses data you bring. It does not hold the Anna Freud Centre review’s study-level data: our
        sources do not include it. Results here are yours, not the review’s.
      </p>
      {/* While a file is read and pooled (in a worker), this says which step it is on, and Cancel keeps what was open. */}
      <div className="flex min-h-6 flex-wrap items-center gap-3">
        <p role="status" aria-live="polite" className="my-0">
          {state.progress ? state.progress.text : state.status}
        </p>
        {state.progress?.cancellable ? (
          <button
            type="button"
            onClick={state.cancelAnalysis}
            className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
          >
            Cancel
          </button>
        ) : null}
      </div>

      {conflict ? <ConflictNotice conflict={conflict} onChoose={state.resolveConflict} /> : null}

      {failure ? (
        <div role="alert" aria-labelledby="failure-heading" className="my-4 border-4 border-nhs-red bg-white p-4">
          <h2 id="failure-heading" className="mt-0 break-words [overflow-wrap:anywhere]">
            There is a problem with {failure.what}
          </h2>
          <p>
            No rows could be used, so nothing was changed
            {current ? `: “${current.name}” is still open and saved as it was` : ''}.
          </p>
          <ProblemList problems={failure.problems} />
        </div>
      ) : null}

      <div className="grid gap-6 [&>*]:min-w-0">
        <ImportPanel
          busy={state.busy || state.progress?.cancellable === true}
          onText={(text, source) => void state.importText(text, source)}
          onWorkspaceFile={(text, fileName) => void state.importWorkspaceFile(text, fileName)}
          onExample={() => void state.openExample()}
          onRefused={state.refuseFile}
        />

        {draft ? (
          <MappingStep
            key={`${draft.name}-${draft.text.length}`}
            draft={draft}
            onUse={(next) => void state.tryDraft(next)}
            onCancel={state.cancelDraft}
          />
        ) : null}

        {stored ? (
          <SavedWorkspacesPanel
            stored={stored}
            currentId={current?.id}
            onOpen={(workspace) => state.open(workspace)}
            onDelete={(key) => void state.remove(key)}
          />
        ) : null}

        {current && imported && analysis ? (
          <>
            <WorkspacePanel workspace={current} imported={imported} onRename={(name) => state.touch({ name })} />

            {current.source.kind === 'example' ? <ExamplePanel csvText={current.csvText} /> : null}

            {rowProblems.length > 0 && current.source.kind === 'example' ? (
              <section aria-labelledby="row-problems-heading" className="bg-white p-4">
                <h2 id="row-problems-heading" className="mt-0">
                  Rows of the example that cannot be analysed
                </h2>
                <p>
                  For these rows the paper prints only approximate group sizes (such as “~47”), so the example file
                  keeps them as printed and they are left out. They are not in the outcome shown first.
                </p>
                <ProblemList problems={rowProblems} />
              </section>
            ) : rowProblems.length > 0 ? (
              <section aria-labelledby="row-problems-heading" className="border-l-[10px] border-nhs-red bg-white p-4">
                <h2 id="row-problems-heading" className="mt-0">
                  Rows that could not be used
                </h2>
                <p>These rows are left out of every result below. Fix them in your file and import it again.</p>
                <ProblemList problems={rowProblems} />
              </section>
            ) : null}

            <MappingPanel
              headers={imported.headers}
              mapping={imported.mapping}
              layout={imported.layout}
              chosenLayout={current.layout}
              onChange={(mapping: ColumnMapping, layout: LayoutId | null) => state.touch({ mapping, layout })}
              decimal={current.options.decimal ?? 'point'}
              onDecimal={(decimal) => state.touch({ options: { ...current.options, decimal } })}
            />

            {imported.rows.length > 0 ? (
              <>
                <ResultsPanel
                  workspaceName={current.name}
                  analysis={analysis}
                  settings={shownSettings(settings, scale)}
                  onSettings={state.updateSettings}
                  options={current.options}
                  onOptions={(options) => state.touch({ options })}
                  layout={imported.layout}
                  scale={scale}
                  measureName={measureName}
                  isExample={current.source.kind === 'example'}
                  looksLikeRatios={imported.looksLikeRatios === true}
                  onExportResults={() =>
                    downloadText(
                      fileNameFor(`${current.name} results`, 'csv'),
                      resultsCsv(analysis, shownSettings(settings, scale), scale, current.name),
                      'text/csv',
                    )
                  }
                />
                <MetaRegressionPanel
                  workspaceName={current.name}
                  analysis={analysis}
                  settings={settings}
                  onSettings={state.updateSettings}
                  headers={imported.headers}
                  mapping={imported.mapping}
                  layout={imported.layout}
                  records={imported.records ?? []}
                  measureName={measureName}
                  isExample={current.source.kind === 'example'}
                />
              </>
            ) : (
              <div className="bg-white p-4">
                <p className="mt-0">No rows can be analysed with these columns. Match the columns above.</p>
                {/* The setting that may have refused every row must stay within reach. */}
                {imported.layout === 'yi-ci' ? (
                  <IntervalScaleField
                    value={current.options.ciScale ?? 'difference'}
                    onChange={(ciScale) => state.touch({ options: { ...current.options, ciScale } })}
                  />
                ) : null}
              </div>
            )}
          </>
        ) : null}
      </div>
    </>
  );
}
