import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  deleteWorkspace,
  listWorkspaces,
  loadWorkspace,
  saveWorkspace,
  type StoredWorkspaces,
} from '../../data/workspace-store';
import { DEFAULT_SETTINGS, type AnalysisResult, type AnalysisSettings } from '../../domain/study-data/analyse';
import type { CsvProblem } from '../../domain/study-data/csv';
import { EXAMPLE, EXAMPLE_FILE } from '../../domain/study-data/example';
import type { StudyImport } from '../../domain/study-data/import-studies';
import type { ColumnMapping, LayoutId } from '../../domain/study-data/layouts';
import type { ConversionOptions } from '../../domain/study-data/study-rows';
import { migrateWorkspace, newWorkspace, type Workspace } from '../../domain/study-data/workspace';
import type { AnalysisOutcome } from './analysis-job';
import { settingsFromParameters, settingsToParameters } from './url-settings';
import { importRequestFor, useWorkspaceAnalysis } from './use-workspace-analysis';
import { useThreeLevel } from './use-three-level';
import { useTrimAndFill } from './use-trim-and-fill';

// The saved-workspace lifecycle of the analysis page: which workspace the URL names, loading it, saving every change,
// importing, opening, deleting, and noticing when another tab has changed or deleted the same workspace. The page and
// its panels only show what this returns.

export interface ImportFailure {
  what: string;
  problems: CsvProblem[];
}

/** Another tab saved or deleted the open workspace after this tab last read it: nothing is overwritten until asked. */
export interface SaveConflict {
  kind: 'changed' | 'deleted';
  /** The change this tab was about to save. */
  pending: Workspace;
  /** When the other tab saved (for 'changed'). */
  theirsSavedAt?: string;
}

/** An import with headers but no usable rows yet: the mapping step, held in memory until it gives rows. */
export interface Draft {
  text: string;
  source: Workspace['source'];
  name: string;
  mapping: ColumnMapping;
  layout: LayoutId | null;
  options: ConversionOptions;
  settings?: Partial<AnalysisSettings>;
}

const DEFAULT_OPTIONS: ConversionOptions = { smd: 'hedges', ratio: 'RR', ciScale: 'difference' };

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `w${Date.now()}${Math.random().toString(36).slice(2)}`;

/** A plain sentence for a failed save; a full store is named, since deleting a saved workspace fixes it. */
export function saveFailureMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'This browser’s storage for this site is full, so the change was not saved. Delete a saved workspace below to make room; the analysis still works.';
  return 'This browser did not allow saving: the analysis works, but will not be kept after reload.';
}

const storageRefused: StoredWorkspaces = {
  workspaces: [],
  unreadable: [
    {
      key: 'storage',
      problems: [
        'This browser does not allow saving here (private browsing, or storage switched off). Work is not saved.',
      ],
    },
  ],
};

function draftName(source: Workspace['source']): string {
  return source.fileName
    ? source.fileName.replace(/\.[^.]+$/, '')
    : `Pasted table, ${new Date().toLocaleString('en-GB')}`;
}

export function useWorkspace() {
  const [parameters, setParameters] = useSearchParams();
  const workspaceId = parameters.get('ws');
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [stored, setStored] = useState<StoredWorkspaces | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  /**
   * The open workspace's savedAt values that this tab has read or written; empty while it is not yet stored. A stored
   * savedAt outside this set was written by another tab.
   */
  const known = useRef<{ id: string; savedAts: Set<string> } | null>(null);
  const knowOnly = (id: string, savedAt: string | null) => {
    known.current = { id, savedAts: new Set(savedAt === null ? [] : [savedAt]) };
  };

  const refreshList = useCallback(() => listWorkspaces().then(setStored, () => setStored(storageRefused)), []);
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
        if (loaded) {
          knowOnly(loaded.id, loaded.savedAt);
          setWorkspace(loaded);
        } else setStatus('The workspace in this link is not saved in this browser.');
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
  // Read and pooled in a Web Worker where there is one (use-workspace-analysis.ts).
  const computation = useWorkspaceAnalysis(current, settings);
  const imported: StudyImport | null = computation.imported;
  const pooling = computation.pooling;
  const threeLevel = useThreeLevel(imported?.rows ?? null, settings);
  const trimAndFill = useTrimAndFill(imported?.rows ?? null, settings);
  const analysis: AnalysisResult | null = useMemo(
    () => (pooling ? { ...pooling, threeLevel: threeLevel.result, trimAndFill: trimAndFill.result } : null),
    [pooling, threeLevel.result, trimAndFill.result],
  );

  const write = useCallback(
    async (next: Workspace) => {
      if (known.current?.id === next.id) known.current.savedAts.add(next.savedAt);
      else knowOnly(next.id, next.savedAt);
      try {
        await saveWorkspace(next);
        setStatus(`Saved “${next.name}” in this browser.`);
      } catch (error) {
        setStatus(saveFailureMessage(error));
      }
      await refreshList();
    },
    [refreshList],
  );

  /** Saves a change, unless another tab has saved or deleted this workspace since this tab read it. */
  const persist = useCallback(
    async (next: Workspace) => {
      setWorkspace(next);
      const mine = known.current;
      if (mine?.id === next.id && mine.savedAts.size > 0) {
        let theirs: Workspace | null | undefined;
        try {
          theirs = await loadWorkspace(next.id);
        } catch {
          theirs = undefined;
        }
        if (theirs === null) {
          setConflict({ kind: 'deleted', pending: next });
          return;
        }
        if (theirs && !mine.savedAts.has(theirs.savedAt)) {
          setConflict({ kind: 'changed', pending: next, theirsSavedAt: theirs.savedAt });
          return;
        }
      }
      await write(next);
    },
    [write],
  );

  const resolveConflict = async (choice: 'keep-mine' | 'load-theirs') => {
    if (!conflict) return;
    setConflict(null);
    if (choice === 'keep-mine') {
      await write({ ...conflict.pending, savedAt: new Date().toISOString() });
      return;
    }
    const theirs = await loadWorkspace(conflict.pending.id).catch(() => null);
    if (theirs) {
      knowOnly(theirs.id, theirs.savedAt);
      setWorkspace(theirs);
      setParameters(settingsToParameters(theirs.id, theirs.settings), { replace: true });
      setStatus(`Loaded the version of “${theirs.name}” saved in the other tab.`);
    } else {
      // Deleted in the other tab: close it here too.
      setWorkspace(null);
      setParameters(new URLSearchParams());
      setStatus(`“${conflict.pending.name}” was deleted in another tab, so it is closed here.`);
    }
    await refreshList();
  };

  const open = (next: Workspace, isNew = false) => {
    setFailure(null);
    setDraft(null);
    setConflict(null);
    knowOnly(next.id, isNew ? null : next.savedAt);
    setWorkspace(next);
    setParameters(settingsToParameters(next.id, next.settings));
  };

  const touch = (change: Partial<Workspace>) => {
    if (!current) return;
    void persist({ ...current, ...change, savedAt: new Date().toISOString() });
  };

  const updateSettings = (next: AnalysisSettings) => {
    if (!current) return;
    setParameters(settingsToParameters(current.id, next), { replace: true });
    touch({ settings: next });
  };

  /**
   * Tries a draft: it becomes a new saved workspace once it gives at least one usable row. `known` is the draft's
   * outcome when it has already been worked out with the settings the workspace opens with.
   */
  const tryDraft = async (next: Draft, known?: AnalysisOutcome): Promise<boolean> => {
    const settingsOf = { ...DEFAULT_SETTINGS, ...next.settings };
    const outcome =
      known ??
      (await computation.runImport({
        request: importRequestFor({ ...next, csvText: next.text }),
        settings: settingsOf,
      }));
    if (!outcome) return false; // cancelled: nothing changes
    if (outcome.imported.rows.length === 0) {
      setDraft(next);
      setFailure(null);
      setStatus('');
      return false;
    }
    const created = newWorkspace({
      id: newId(),
      name: next.name,
      now: new Date(),
      source: next.source,
      csvText: next.text,
      mapping: next.mapping,
      layout: next.layout,
      options: next.options,
      ...(next.settings ? { settings: next.settings } : {}),
    });
    // The settings it opens with, read back as the URL will give them, so the result already worked out is the one
    // shown.
    // One transition: the workspace, its address and its result arrive together, and React draws a large result in
    // short slices, so the page keeps answering.
    startTransition(() => {
      computation.prime(
        created,
        settingsFromParameters(settingsToParameters(created.id, created.settings), created.settings),
        outcome,
      );
      open(created, true);
    });
    await persist(created);
    return true;
  };

  /**
   * A new import becomes a new workspace only if it gives at least one usable row; otherwise nothing saved changes.
   * A file with a header but no usable rows opens the mapping step; one with no header is a listed failure.
   */
  const importText = async (
    text: string,
    source: Workspace['source'],
    extra: Partial<Pick<Workspace, 'mapping' | 'layout' | 'name'>> & { settings?: Partial<AnalysisSettings> } = {},
  ) => {
    const what = source.fileName ?? (source.kind === 'paste' ? 'the pasted table' : 'the file');
    const next: Draft = {
      text,
      source,
      name: extra.name ?? draftName(source),
      mapping: extra.mapping ?? {},
      layout: extra.layout ?? null,
      options: DEFAULT_OPTIONS,
      ...(extra.settings ? { settings: extra.settings } : {}),
    };
    // A file written with decimal commas ("0,45") is read that way when doing so gives more usable rows; the reader is
    // told, and can change it under "Columns and layout". The rows are pooled in the same job, with the settings the
    // new workspace opens with, so the result is ready when it opens.
    const outcome = await computation.runImport({
      request: importRequestFor({ ...next, csvText: text }),
      tryDecimalCommas: true,
      settings: { ...DEFAULT_SETTINGS, ...next.settings },
    });
    if (!outcome) {
      setStatus('Stopped: nothing was changed.');
      return;
    }
    next.options = outcome.options;
    const check = outcome.imported;
    if (check.rows.length > 0 || check.needsMapping) {
      const opened = await tryDraft(next, outcome);
      if (opened && next.options.decimal === 'comma')
        setStatus('The numbers in this file are written with decimal commas (0,45), so they were read that way.');
      return;
    }
    setDraft(null);
    setFailure({ what, problems: check.problems });
    setStatus('');
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
    open(copy, true);
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

  const refuseFile = (fileName: string, reason: string) => {
    setDraft(null);
    setFailure({ what: fileName, problems: [{ line: 1, reason }] });
    setStatus('');
  };

  /** Deletes a saved workspace, or a stored record that could not be read, by its key. */
  const remove = async (id: string) => {
    try {
      await deleteWorkspace(id);
      setStatus('Deleted from this browser.');
    } catch (error) {
      setStatus(`It could not be deleted: ${saveFailureMessage(error)}`);
    }
    if (id === current?.id) {
      known.current = null;
      setWorkspace(null);
      setParameters(new URLSearchParams());
    }
    await refreshList();
  };

  return {
    current,
    stored,
    failure,
    draft,
    conflict,
    status,
    busy,
    settings,
    imported,
    analysis,
    /** Code for a result the settings ask for is still downloading. */
    resultsPending: computation.pending || threeLevel.pending || trimAndFill.pending,
    /** What the worker is doing, for the live status; null when idle. */
    progress: computation.progress,
    cancelAnalysis: computation.cancel,
    open,
    touch,
    updateSettings,
    importText,
    importWorkspaceFile,
    openExample,
    refuseFile,
    tryDraft,
    cancelDraft: () => setDraft(null),
    resolveConflict: (choice: 'keep-mine' | 'load-theirs') => void resolveConflict(choice),
    remove,
  };
}

export type WorkspaceState = ReturnType<typeof useWorkspace>;
