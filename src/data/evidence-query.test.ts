import { describe, expect, it } from 'vitest';
import publishedJson from '../../public/data/evidence.json';
import { EvidenceDatasetError } from '../domain/dataset-error';
import { EvidenceUnavailableError, evidenceQueryOptions, fetchEvidence } from './evidence-query';

const respond = (body: string, status = 200): typeof fetch => () => Promise.resolve(new Response(body, { status }));

describe('fetchEvidence', () => {
  it('returns the validated dataset', async () => {
    const dataset = await fetchEvidence(respond(JSON.stringify(publishedJson)));
    expect(dataset.outcomes).toHaveLength(6);
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

  it('does not retry an invalid file, but retries a network failure twice', () => {
    const retry = evidenceQueryOptions.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new EvidenceDatasetError(['x']))).toBe(false);
    expect(retry(1, new EvidenceUnavailableError('x'))).toBe(true);
    expect(retry(2, new EvidenceUnavailableError('x'))).toBe(false);
  });
});
