import { useEffect, useState } from 'react';
import type { StepResult } from '../../domain/study-data/analyse';

// Code a page loads only when a reader asks for what it computes (the three-level model, trim-and-fill), so the page's
// first script (its budget is in src/domain/pages/pages.ts) does not carry it. Loaded once per page and kept.

/** A result computed by code loaded on demand. */
export interface OnDemandResult<T> {
  /** The result, why there is none, or null when the settings do not ask for it. */
  result: StepResult<T> | null;
  /** Its code is still downloading: the report waits for it before printing. */
  pending: boolean;
}

export interface CodeOnDemand<T> {
  code: T | null;
  failed: boolean;
  load: () => Promise<void>;
}

export function codeOnDemand<T>(importer: () => Promise<T>): CodeOnDemand<T> {
  let loading: Promise<void> | null = null;
  const holder: CodeOnDemand<T> = {
    code: null,
    failed: false,
    load: () => {
      loading ??= importer().then(
        (module) => {
          holder.code = module;
          holder.failed = false;
        },
        () => {
          holder.failed = true;
          loading = null; // the next request tries again
        },
      );
      return loading;
    },
  };
  return holder;
}

/** The code once it has arrived (null before, or when not wanted), and whether the download failed. */
export function useCodeOnDemand<T>(source: CodeOnDemand<T>, wanted: boolean): { code: T | null; failed: boolean } {
  // Bumped when the download settles: the holder's fields are not React state.
  const [, setSettled] = useState(0);
  useEffect(() => {
    if (!wanted || source.code) return;
    let live = true;
    void source.load().then(() => {
      if (live) setSettled((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [wanted, source]);
  return { code: wanted ? source.code : null, failed: wanted && source.failed };
}

export const NOT_LOADED = (what: string) =>
  `${what} could not be loaded. Check your connection, then reload the page to try again.`;
