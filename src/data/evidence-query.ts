import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { EvidenceDatasetError } from '../domain/evidence/dataset-error';
import type { EvidenceDataset } from '../domain/evidence/evidence-schema';

/** Where the app reads the dataset. An evidence team publishes a new file here without touching code. */
export const EVIDENCE_URL = `${import.meta.env.BASE_URL}data/evidence.json`;

/** How long to wait for the dataset before saying so: slow trust networks are common, a fetch that never ends is not. */
export const EVIDENCE_TIMEOUT_MS = 15_000;

/**
 * The dataset could not be fetched at all (network, server or time-out), as opposed to being fetched and found invalid.
 * `message` is a plain sentence for the user; `detail` keeps what the browser said, for a "technical details" fold.
 */
export class EvidenceUnavailableError extends Error {
  readonly detail: string | undefined;
  readonly timedOut: boolean;

  constructor(message: string, options: { detail?: string; timedOut?: boolean } = {}) {
    super(message);
    this.name = 'EvidenceUnavailableError';
    this.detail = options.detail;
    this.timedOut = options.timedOut ?? false;
  }
}

interface DownloadOptions {
  /** Aborts the download (react-query passes one when the query is cancelled). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * How long a prerendered page, which the reader can already read, waits for one download before it tries again: a
 * slow trust network may well take longer than EVIDENCE_TIMEOUT_MS, and restarting then would never finish.
 */
export const EVIDENCE_RETRY_TIMEOUT_MS = 60_000;

/** Downloads the dataset's text, giving up after `timeoutMs` with a plain message. */
export async function downloadEvidenceText(
  fetcher: typeof fetch = fetch,
  { signal, timeoutMs = EVIDENCE_TIMEOUT_MS }: DownloadOptions = {},
): Promise<string> {
  const controller = new AbortController();
  const timeout = { reached: false };
  const timer = setTimeout(() => {
    timeout.reached = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort);
  try {
    // The default cache mode, so the page's <link rel="preload"> is used. The file is served with Cache-Control:
    // no-cache (docs/deploy.md), so the browser still revalidates it and a newly published dataset is seen.
    const response = await fetcher(EVIDENCE_URL, { signal: controller.signal });
    if (!response.ok) {
      throw new EvidenceUnavailableError(
        `The evidence file could not be downloaded: the server answered ${response.status}.`,
        {
          detail: `${response.status} ${response.statusText} for ${EVIDENCE_URL}`,
        },
      );
    }
    return await response.text();
  } catch (error) {
    if (error instanceof EvidenceUnavailableError) throw error;
    if (timeout.reached) {
      throw new EvidenceUnavailableError(
        `The evidence file did not arrive within ${Math.round(timeoutMs / 1000)} seconds. The network may be slow or offline.`,
        { timedOut: true, detail: `no answer from ${EVIDENCE_URL} after ${timeoutMs} ms` },
      );
    }
    throw new EvidenceUnavailableError(
      'The evidence file could not be downloaded. You may be offline, or the site may be unavailable.',
      {
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Parses and validates the dataset's text, or throws an EvidenceDatasetError naming each row and field. */
export async function parseEvidenceText(text: string): Promise<EvidenceDataset> {
  // The validator (zod) loads only when a file has to be checked, which keeps it out of the first script.
  const validatorLoading = import('../domain/evidence/parse-evidence');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new EvidenceDatasetError([
      `the whole file: it is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  const { parseEvidenceDataset } = await validatorLoading;
  return parseEvidenceDataset(raw);
}

export async function fetchEvidence(
  fetcher: typeof fetch = fetch,
  options: DownloadOptions = {},
): Promise<EvidenceDataset> {
  return parseEvidenceText(await downloadEvidenceText(fetcher, options));
}

/** A download the start-up code already began (src/app/main.tsx): the first query uses it instead of fetching again. */
let primedDataset: Promise<EvidenceDataset> | undefined;

export function primeEvidence(dataset: Promise<EvidenceDataset>): void {
  // Handled here so that a failure is not reported as unhandled before the query picks it up.
  dataset.catch(() => undefined);
  primedDataset = dataset;
}

function takePrimedEvidence(): Promise<EvidenceDataset> | undefined {
  const dataset = primedDataset;
  primedDataset = undefined;
  return dataset;
}

export const evidenceQueryOptions = queryOptions({
  queryKey: ['evidence-dataset'],
  // No abort signal from react-query: a suspended page has no observer yet, and cancelling there would only refetch.
  queryFn: () => takePrimedEvidence() ?? fetchEvidence(),
  staleTime: Number.POSITIVE_INFINITY,
  // An invalid file will not fix itself and a time-out has already waited long; a network blip might pass.
  retry: (failureCount, error) =>
    !(error instanceof EvidenceDatasetError) &&
    !(error instanceof EvidenceUnavailableError && error.timedOut) &&
    failureCount < 2,
});

/** The validated dataset. Suspends while loading; a failure is thrown to the route's error boundary. */
export function useEvidence(): EvidenceDataset {
  return useSuspenseQuery(evidenceQueryOptions).data;
}
