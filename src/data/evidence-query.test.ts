import { describe, expect, it, vi } from 'vitest';
import publishedJson from '../../public/data/evidence.json';
import { EvidenceDatasetError } from '../domain/evidence/dataset-error';
import { EvidenceUnavailableError, evidenceQueryOptions, fetchEvidence } from './evidence-query';

const respond =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('fetchEvidence', () => {
  it('returns the validated dataset', async () => {
    const dataset = await fetchEvidence(respond(JSON.stringify(publishedJson)));
    expect(dataset.datasetVersion).toBe(publishedJson.datasetVersion);
    expect(dataset.outcomes.map((outcome) => outcome.id)).toEqual(publishedJson.outcomes.map((outcome) => outcome.id));
  });

  it('says the file could not be downloaded when the server refuses', async () => {
    await expect(fetchEvidence(respond('missing', 404))).rejects.toThrow(EvidenceUnavailableError);
    await expect(fetchEvidence(respond('missing', 404))).rejects.toThrow(/server answered 404/);
  });

  it('says the file is not JSON when it is not', async () => {
    await expect(fetchEvidence(respond('<!doctype html>'))).rejects.toThrow(EvidenceDatasetError);
  });

  it('says which field is wrong when the JSON is not a valid dataset', async () => {
    const broken = { ...publishedJson, datasetDate: 'yesterday' };
    await expect(fetchEvidence(respond(JSON.stringify(broken)))).rejects.toThrow(/field datasetDate/);
  });

  it('gives up on a download that never answers, with a plain message', async () => {
    vi.useFakeTimers();
    try {
      // A fetch that only ends when it is aborted, as a hanging network does.
      const hanging: typeof fetch = (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      const result = fetchEvidence(hanging, { timeoutMs: 15_000 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(15_000);
      const error = await result;
      expect(error).toBeInstanceOf(EvidenceUnavailableError);
      expect((error as EvidenceUnavailableError).timedOut).toBe(true);
      expect((error as Error).message).toMatch(/did not arrive within 15 seconds/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the browser’s words out of the message when the network fails', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = (await fetchEvidence(failing).catch((caught: unknown) => caught)) as EvidenceUnavailableError;
    expect(error.message).toBe(
      'The evidence file could not be downloaded. You may be offline, or the site may be unavailable.',
    );
    expect(error.detail).toBe('TypeError: Failed to fetch');
  });

  it('does not retry an invalid file or a time-out, but retries a network failure twice', () => {
    const retry = evidenceQueryOptions.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new EvidenceDatasetError(['x']))).toBe(false);
    expect(retry(1, new EvidenceUnavailableError('x'))).toBe(true);
    expect(retry(2, new EvidenceUnavailableError('x'))).toBe(false);
    expect(retry(0, new EvidenceUnavailableError('x', { timedOut: true }))).toBe(false);
  });
});
