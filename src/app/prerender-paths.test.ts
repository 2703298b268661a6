import { describe, expect, it } from 'vitest';
import publishedJson from '../../public/data/evidence.json';
import { parseEvidenceDataset } from '../domain/evidence/parse-evidence';
import { NOT_FOUND_PATH, prerenderFile, prerenderPaths } from './prerender-paths';

describe('prerenderPaths', () => {
  const dataset = parseEvidenceDataset(publishedJson);
  const paths = prerenderPaths(dataset);

  it('lists each outcome, programme and type page from the dataset, and the fixed pages', () => {
    for (const outcome of dataset.outcomes)
      expect(paths).toEqual(expect.arrayContaining([`/outcomes/${outcome.id}`, `/families/${outcome.id}`]));
    for (const programme of dataset.programmes) expect(paths).toContain(`/interventions/${programme.id}`);
    for (const type of dataset.review.interventionTypes) expect(paths).toContain(`/types/${type.id}`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/outcomes', '/interventions', '/glossary', '/about']));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('writes each path to the file a static host serves for it', () => {
    expect(prerenderFile('/')).toBe('index.html');
    expect(prerenderFile('/outcomes/maternal-depression')).toBe('outcomes/maternal-depression/index.html');
    expect(prerenderFile(NOT_FOUND_PATH)).toBe('404.html');
  });
});
