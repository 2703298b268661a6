import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { EvidenceDatasetError } from '../domain/dataset-error';
import type { EvidenceDataset } from '../domain/evidence-schema';

/** Where the app reads the dataset. An evidence team publishes a new file here without touching code. */
export const EVIDENCE_URL = `${import.meta.env.BASE_URL}data/evidence.json`;

/** The dataset could not be fetched at all (network or server), as opposed to being fetched and found invalid. */
export class EvidenceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceUnavailableError';
  }
}

export async function fetchEvidence(fetcher: typeof fetch = fetch): Promise<EvidenceDataset> {
  // The validator (zod) loads while the file downloads, which keeps it out of the first script the page needs.
  const validatorLoading = import('../domain/parse-evidence');
  let response: Response;
  try {
    // no-cache: revalidate with the server so a newly published dataset is seen on the next visit.
    response = await fetcher(EVIDENCE_URL, { cache: 'no-cache' });
  } catch (error) {
    throw new EvidenceUnavailableError(`The evidence dataset could not be downloaded (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) {
    throw new EvidenceUnavailableError(`The evidence dataset could not be downloaded: the server answered ${response.status} for ${EVIDENCE_URL}.`);
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new EvidenceDatasetError([`the whole file: it is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  const { parseEvidenceDataset } = await validatorLoading;
  return parseEvidenceDataset(raw);
}

export const evidenceQueryOptions = queryOptions({
  queryKey: ['evidence-dataset'],
  queryFn: () => fetchEvidence(),
  staleTime: Number.POSITIVE_INFINITY,
  // An invalid file will not fix itself; a network blip might.
  retry: (failureCount, error) => !(error instanceof EvidenceDatasetError) && failureCount < 2,
});

/** The validated dataset. Suspends while loading; a failure is thrown to the route's error boundary. */
export function useEvidence(): EvidenceDataset {
  return useSuspenseQuery(evidenceQueryOptions).data;
}
