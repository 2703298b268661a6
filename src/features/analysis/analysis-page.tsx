import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import {
  deleteWorkspace,
  listWorkspaces,
  loadWorkspace,
  saveWorkspace,
  type StoredWorkspaces,
} from '../../data/workspace-store';
import { analyse, DEFAULT_SETTINGS, effectScale, type AnalysisSettings } from '../../domain/study-data/analyse';
import type { CsvProblem } from '../../domain/study-data/csv';
import { EXAMPLE, EXAMPLE_FILE } from '../../domain/study-data/example';
import { importStudies } from '../../domain/study-data/import-studies';
import type { ColumnMapping, LayoutId } from '../../domain/study-data/layouts';
import { resultsCsv } from '../../domain/study-data/results-export';
import type { ConversionOptions } from '../../domain/study-data/study-rows';
import { migrateWorkspace, newWorkspace, type Workspace } from '../../domain/study-data/workspace';
import { downloadText, fileNameFor } from './download';
import { ExamplePanel } from './example-panel';
import { ImportPanel } from './import-panel';
import { MappingPanel } from './mapping-panel';
import { ProblemList } from './problem-list';
import { ResultsPanel } from './results-panel';
import { IntervalScaleField } from './select-field';
import { settingsFromParameters, settingsToParameters } from './url-settings';

interface ImportFailure {
  what: string;
  problems: CsvProblem[];
}

function measureNameFor(layout: LayoutId | null, options: ConversionOptions): string {
  if (layout === 'counts' || layout === 'counts-n') return options.ratio === 'RR' ? 'log risk ratio' : 'log odds ratio';
  if (layout === 'means') return options.smd === 'hedges' ? 'Hedges’ g' : 'Cohen’s d';
  if (layout === 'yi-n') return 'standardised mean difference';
  if (layout === 'yi-ci' && options.ciScale === 'ratio') return 'log ratio';
  return 'effect (yi)';
}

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `w${Date.now()}${Math.random().toString(36).slice(2)}`;

export function AnalysisPage() {
  useDocumentTitle('Analyse your own study data');
  const [parameters, setParameters] = useSearchParams();
  const workspaceId = parameters.get('ws');
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [stored, setStored] = useState<StoredWorkspaces | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const nameId = useId();

  const refreshList = useCallback(
    () =>
      listWorkspaces().then(setStored, () =>
        setStored({
          workspaces: [],
          unreadable: [
            {
              key: 'storage',
              problems: [
                'This browser does not allow saving here (private browsing, or storage switched off). Work is not saved.',
              ],
            },
          ],
        }),
      ),
    [],
  );
  useEffect(() => {
    void refreshList();
  }, [refreshList]);

  // The URL names the open workspace; load it from the browser's storage when it changes (or on reload).
  useEffect(() => {
    if (workspaceId === null || workspace?.id === workspaceId) return;
    let cancelled = false;
    void loadWorkspace(workspaceId)
      .then((loaded) => {
        if (cancelled) return;
        if (loaded) setWorkspace(loaded);
        else setStatus('The workspace in this link is not saved in this browser.');
      })
      .catch(() => setStatus('Saved workspaces could not be read in this browser.'));
    return () => {
      cancelled = true;
    };
  }, [workspaceId, workspace?.id]);

  const current = workspace !== null && workspace.id === workspaceId ? workspace : null;
  const settings = useMemo(
    () => settingsFromParameters(parameters, current?.settings ?? DEFAULT_SETTINGS),
    [parameters, current?.settings],
  );
  const imported = useMemo(
    () =>
      current
        ? importStudies({
            text: current.csvText,
            mapping: current.mapping,
            ...(current.layout ? { layout: current.layout } : {}),
            options: current.options,
          })
        : null,
    [current],
  );
  const analysis = useMemo(() => (imported ? analyse(imported.rows, settings) : null), [imported, settings]);

  const persist = useCallback(
    async (next: Workspace) => {
      setWorkspace(next);
      try {
        await saveWorkspace(next);
        setStatus(`Saved “${next.name}” in this browser.`);
      } catch {
        setStatus('This browser did not allow saving: the analysis works, but will not be kept after reload.');
      }
      await refreshList();
    },
    [refreshList],
  );

  const open = (next: Workspace) => {
    setFailure(null);
    setWorkspace(next);
    setParameters(settingsToParameters(next.id, next.settings));
  };

  const updateSettings = (next: AnalysisSettings) => {
    if (!current) return;
    setParameters(settingsToParameters(current.id, next), { replace: true });
    void persist({ ...current, settings: next, savedAt: new Date().toISOString() });
  };

  /** A new import becomes a new workspace only if it gives at least one usable row; otherwise nothing saved changes. */
  const importText = async (
    text: string,
    source: Workspace['source'],
    extra: Partial<Pick<Workspace, 'mapping' | 'layout' | 'name'>> & { settings?: Partial<AnalysisSettings> } = {},
  ) => {
    const options: ConversionOptions = { smd: 'hedges', ratio: 'RR', ciScale: 'difference' };
    const result = importStudies({
      text,
      ...(extra.mapping ? { mapping: extra.mapping } : {}),
      ...(extra.layout ? { layout: extra.layout } : {}),
      options,
    });
    const what = source.fileName ?? (source.kind === 'paste' ? 'the pasted table' : 'the file');
    if (result.rows.length === 0) {
      setFailure({ what, problems: result.problems });
      setStatus('');
      return;
    }
    const created = newWorkspace({
      id: newId(),
      name:
        extra.name ??
        (source.fileName
          ? source.fileName.replace(/\.[^.]+$/, '')
          : `Pasted table, ${new Date().toLocaleString('en-GB')}`),
      now: new Date(),
      source,
      csvText: text,
      mapping: extra.mapping ?? {},
      layout: extra.layout ?? null,
      options,
      ...(extra.settings ? { settings: extra.settings } : {}),
    });
    open(created);
    await persist(created);
  };

  const importWorkspaceFile = async (text: string, fileName: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      setFailure({
        what: fileName,
        problems: [{ line: 1, reason: 'this .json file is not valid JSON, so it is not a workspace file' }],
      });
      return;
    }
    const reading = migrateWorkspace(value);
    if (!reading.ok) {
      setFailure({ what: fileName, problems: reading.problems.map((reason) => ({ line: 1, reason })) });
      return;
    }
    // Opened as a new copy, so it never overwrites a workspace already saved here.
    const copy: Workspace = {
      ...reading.workspace,
      id: newId(),
      source: { kind: 'workspace-file', fileName },
      savedAt: new Date().toISOString(),
    };
    open(copy);
    await persist(copy);
  };

  const openExample = async () => {
    setBusy(true);
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}${EXAMPLE_FILE}`);
      if (!response.ok) throw new Error(String(response.status));
      await importText(
        await response.text(),
        { kind: 'example', fileName: 'example-rayce-2017.csv' },
        {
          mapping: EXAMPLE.mapping,
          layout: EXAMPLE.layout,
          name: EXAMPLE.name,
          settings: { outcome: EXAMPLE.defaultOutcome },
        },
      );
    } catch {
      setFailure({
        what: 'the example',
        problems: [{ line: 1, reason: 'the example file could not be loaded; check the connection and try again' }],
      });
    } finally {
      setBusy(false);
    }
  };

  const scale = effectScale(imported?.layout ?? null, current?.options);
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
      <p role="status" aria-live="polite" className="min-h-6">
        {status}
      </p>

      {failure ? (
        <div role="alert" aria-labelledby="failure-heading" className="my-4 border-4 border-nhs-red bg-white p-4">
          <h2 id="failure-heading" className="mt-0">
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
          busy={busy}
          onText={(text, source) => void importText(text, source)}
          onWorkspaceFile={(text, fileName) => void importWorkspaceFile(text, fileName)}
          onExample={() => void openExample()}
        />

        {stored && (stored.workspaces.length > 0 || stored.unreadable.length > 0) ? (
          <section aria-labelledby="saved-heading" className="bg-white p-4">
            <h2 id="saved-heading" className="mt-0">
              Saved in this browser
            </h2>
            <ul className="space-y-2">
              {stored.workspaces.map((saved) => (
                <li key={saved.id} className="flex flex-wrap items-center gap-3">
                  <span className={saved.id === current?.id ? 'font-bold' : ''}>
                    {saved.name}{' '}
                    <span className="text-base text-nhs-dark-grey">
                      (saved {new Date(saved.savedAt).toLocaleString('en-GB')})
                    </span>
                  </span>
                  {saved.id === current?.id ? (
                    <span className="text-base">open now</span>
                  ) : (
                    <button
                      type="button"
                      onClick={() => open(saved)}
                      className="border border-nhs-blue bg-white px-2 text-base text-nhs-blue"
                    >
                      Open<span className="sr-only"> {saved.name}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => {
                      if (!window.confirm(`Delete “${saved.name}” from this browser?`)) return;
                      void deleteWorkspace(saved.id).then(refreshList);
                      if (saved.id === current?.id) {
                        setWorkspace(null);
                        setParameters(new URLSearchParams());
                      }
                    }}
                    className="border border-nhs-red bg-white px-2 text-base text-nhs-red"
                  >
                    Delete<span className="sr-only"> {saved.name}</span>
                  </button>
                </li>
              ))}
            </ul>
            {stored.unreadable.map((entry) => (
              <p key={entry.key}>A saved item could not be read: {entry.problems.join('; ')}</p>
            ))}
          </section>
        ) : null}

        {current && imported && analysis ? (
          <>
            <section aria-labelledby="workspace-heading" className="bg-white p-4">
              <h2 id="workspace-heading" className="mt-0">
                Workspace: {current.name}
              </h2>
              <label htmlFor={nameId} className="block font-bold">
                Name
              </label>
              <input
                id={nameId}
                defaultValue={current.name}
                key={current.id}
                onBlur={(event) => {
                  const name = event.target.value.trim();
                  if (name !== '' && name !== current.name)
                    void persist({ ...current, name, savedAt: new Date().toISOString() });
                }}
                className="mt-1 w-full max-w-md border-2 border-nhs-black p-1"
              />
              <p className="mt-2" data-testid="row-count">
                {imported.rows.length} of {imported.recordCount} rows analysed
                {rowProblems.length > 0
                  ? `; ${new Set(rowProblems.map((problem) => problem.line)).size} could not be used (listed below)`
                  : ''}
                .
              </p>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    fileNameFor(current.name, 'workspace.json'),
                    `${JSON.stringify(current, null, 2)}\n`,
                    'application/json',
                  )
                }
                className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
              >
                Download this workspace (to open again later or elsewhere)
              </button>
            </section>

            {current.source.kind === 'example' ? <ExamplePanel csvText={current.csvText} /> : null}

            {rowProblems.length > 0 ? (
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
              onChange={(mapping: ColumnMapping, layout: LayoutId | null) =>
                void persist({ ...current, mapping, layout, savedAt: new Date().toISOString() })
              }
            />

            {imported.rows.length > 0 ? (
              <ResultsPanel
                workspaceName={current.name}
                analysis={analysis}
                settings={settings}
                onSettings={updateSettings}
                options={current.options}
                onOptions={(options) => void persist({ ...current, options, savedAt: new Date().toISOString() })}
                layout={imported.layout}
                scale={scale}
                measureName={measureName}
                isExample={current.source.kind === 'example'}
                looksLikeRatios={imported.looksLikeRatios === true}
                onExportResults={() =>
                  downloadText(
                    fileNameFor(`${current.name} results`, 'csv'),
                    resultsCsv(analysis, settings, scale, current.name),
                    'text/csv',
                  )
                }
              />
            ) : (
              <div className="bg-white p-4">
                <p className="mt-0">No rows can be analysed with these columns. Match the columns above.</p>
                {/* The setting that may have refused every row must stay within reach. */}
                {imported.layout === 'yi-ci' ? (
                  <IntervalScaleField
                    value={current.options.ciScale ?? 'difference'}
                    onChange={(ciScale) =>
                      void persist({
                        ...current,
                        options: { ...current.options, ciScale },
                        savedAt: new Date().toISOString(),
                      })
                    }
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
