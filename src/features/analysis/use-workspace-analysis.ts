import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { analyse, countsMeasureFor, type AnalysisResult, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies, type ImportRequest, type StudyImport } from '../../domain/study-data/import-studies';
import type { Workspace } from '../../domain/study-data/workspace';
import type { AnalysisJob, AnalysisOutcome } from './analysis-job';
import type { AnalysisRunner } from './analysis-runner';
import { settingsToParameters } from './url-settings';
import { rememberEggerRma } from './worked-out';

// The open workspace's rows and pooled result. In a browser they are worked out in a Web Worker, and the page keeps
// showing the last result (with a live status saying what is being done) until the new one arrives; without a Worker
// (jsdom) they are worked out during the render, as before.

type Inputs = Pick<Workspace, 'csvText' | 'mapping' | 'layout' | 'options'>;

export const importRequestFor = (inputs: Inputs): ImportRequest => ({
  text: inputs.csvText,
  mapping: inputs.mapping,
  ...(inputs.layout ? { layout: inputs.layout } : {}),
  options: inputs.options,
});

/** What a result was worked out from, but the text (compared by identity, as it is long). */
const keyOf = (inputs: Inputs, settings: AnalysisSettings) =>
  JSON.stringify([inputs.mapping, inputs.layout, inputs.options, settingsToParameters('', settings).toString()]);

interface Computed {
  workspaceId: string;
  text: string;
  key: string;
  imported: StudyImport;
  pooling: AnalysisResult;
}

export interface Progress {
  text: string;
  /** A new file is being read: Cancel stops it and leaves what was open. */
  cancellable: boolean;
}

// One runner for the page's lifetime. Its code (and the worker's) loads with the first job, so the page's first script
// does not carry it; without a Worker (jsdom), jobs run here at once.
const inWorker = typeof Worker !== 'undefined';
let loading: Promise<AnalysisRunner> | null = null;
const workerRunner = () => (loading ??= import('./analysis-runner').then((module) => module.createAnalysisRunner()));
let runHere: ReturnType<typeof import('./analysis-job').createAnalysisJobRunner> | null = null;
async function runJob(job: AnalysisJob, onProgress: (text: string) => void): Promise<AnalysisOutcome> {
  const { createAnalysisJobRunner, progressText } = await import('./analysis-job');
  const report = (step: Parameters<typeof progressText>[0]) => onProgress(progressText(step));
  if (inWorker) return (await workerRunner()).run(job, report);
  runHere ??= createAnalysisJobRunner();
  return runHere(job, report);
}
const isCancelled = (error: unknown) => error instanceof Error && error.name === 'AnalysisCancelled';

export function useWorkspaceAnalysis(current: Workspace | null, settings: AnalysisSettings) {
  const [computed, setComputed] = useState<Computed | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const inFlight = useRef<string | null>(null);

  // Once the page is idle, the worker is started, so choosing a file does not wait for its script (~90 KB gzip).
  useEffect(() => {
    if (!inWorker) return;
    const warm = () => void workerRunner().then((runner) => runner.warm());
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(warm, 1000);
    return () => clearTimeout(timer);
  }, []);

  // Without a worker: during the render, memoised as before.
  const importedHere = useMemo(
    () => (!inWorker && current ? importStudies(importRequestFor(current)) : null),
    [current],
  );
  const poolingHere = useMemo(
    () =>
      importedHere && current
        ? analyse(importedHere.rows, settings, countsMeasureFor(importedHere.layout, current.options))
        : null,
    [importedHere, settings, current],
  );

  const key = current ? keyOf(current, settings) : null;
  const upToDate = (done: Computed | null) =>
    done !== null &&
    current !== null &&
    done.workspaceId === current.id &&
    done.text === current.csvText &&
    done.key === key;

  useEffect(() => {
    if (!inWorker || !current || key === null || upToDate(computed)) return;
    const flight = `${current.id}\n${key}\n${current.csvText.length}`;
    if (inFlight.current === flight) return;
    inFlight.current = flight;
    const job: AnalysisJob = { request: importRequestFor(current), settings };
    runJob(job, (text) => setProgress({ text, cancellable: false }))
      .then(
        (outcome) => {
          if (outcome.pooling && outcome.eggerRma) rememberEggerRma(outcome.pooling, outcome.eggerRma);
          const pooling = outcome.pooling;
          if (!pooling) return;
          // A transition: React draws a large result in short slices, so the page keeps answering.
          startTransition(() =>
            setComputed({ workspaceId: current.id, text: current.csvText, key, imported: outcome.imported, pooling }),
          );
        },
        // Stopped, or failed: the last result stays on screen.
        () => undefined,
      )
      .finally(() => {
        if (inFlight.current === flight) {
          inFlight.current = null;
          setProgress(null);
        }
      });
    // upToDate reads only current, key and computed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, key, computed]);

  /**
   * A new import's job: its progress can be cancelled, and its outcome, once the workspace it makes is open, is shown
   * without working it out again.
   */
  const runImport = useCallback(async (job: AnalysisJob): Promise<AnalysisOutcome | null> => {
    try {
      return await runJob(job, (text) => setProgress({ text, cancellable: true }));
    } catch (error) {
      if (isCancelled(error)) return null;
      throw error;
    } finally {
      setProgress(null);
    }
  }, []);

  /** Shows an outcome already worked out for a workspace about to open (with the settings it will open with). */
  const prime = useCallback((workspace: Workspace, openSettings: AnalysisSettings, outcome: AnalysisOutcome) => {
    if (!inWorker || !outcome.pooling) return;
    if (outcome.eggerRma) rememberEggerRma(outcome.pooling, outcome.eggerRma);
    setComputed({
      workspaceId: workspace.id,
      text: workspace.csvText,
      key: keyOf(workspace, openSettings),
      imported: outcome.imported,
      pooling: outcome.pooling,
    });
  }, []);

  const cancel = useCallback(() => {
    inFlight.current = null;
    if (loading) void loading.then((runner) => runner.cancel());
    setProgress(null);
  }, []);

  // The last result for this workspace, even while a newer one is worked out; never another workspace's.
  const shown = computed !== null && current !== null && computed.workspaceId === current.id ? computed : null;
  return {
    imported: inWorker ? (shown?.imported ?? null) : importedHere,
    pooling: inWorker ? (shown?.pooling ?? null) : poolingHere,
    /** A newer result is being worked out. */
    pending: inWorker && current !== null && !upToDate(computed),
    progress,
    runImport,
    prime,
    cancel,
  };
}
