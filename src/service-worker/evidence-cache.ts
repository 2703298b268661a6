/** Where the app reads the dataset (src/data/evidence-query.ts), and the cache the worker keeps it in. */
export const EVIDENCE_PATH = '/data/evidence.json';
export const EVIDENCE_CACHE = 'evidence';

/** The precached address of a page: `/outcomes/` and `/outcomes` are the same page, kept under `/outcomes`. */
export function pageCacheKey(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
}

/**
 * The date a dataset file gives itself, for the update banner: null when it gives none, undefined when the text is not
 * JSON at all (a truncated upload, an HTML error page), which the worker never keeps in place of a readable copy.
 */
export function readDatasetDate(text: string): string | null | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const date = (parsed as { datasetDate?: unknown }).datasetDate;
    return typeof date === 'string' ? date : null;
  } catch {
    return undefined;
  }
}

/** What the update banner names: the new file's version and its own summary of what changed (its newest changelog entry). */
export function readDatasetChange(text: string): { datasetVersion: string | null; whatChanged: string | null } {
  try {
    const parsed = JSON.parse(text) as { datasetVersion?: unknown; changelog?: unknown };
    const datasetVersion = typeof parsed.datasetVersion === 'string' ? parsed.datasetVersion : null;
    const latest: unknown = Array.isArray(parsed.changelog) ? parsed.changelog[0] : null;
    const entry =
      typeof latest === 'object' && latest !== null ? (latest as { version?: unknown; summary?: unknown }) : null;
    const whatChanged =
      entry && entry.version === datasetVersion && typeof entry.summary === 'string' ? entry.summary : null;
    return { datasetVersion, whatChanged };
  } catch {
    return { datasetVersion: null, whatChanged: null };
  }
}
