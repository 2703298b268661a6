import { describe, expect, it } from 'vitest';
import datasetsJson from './fixtures/datasets.json';
import profileJson from './fixtures/profile-likelihood.json';
import { closeTo, reviveNumbers } from './fixtures/read-fixture';
import { pool, profileLikelihoodInterval } from './index';

// Reference values from an independent R implementation (scripts/r/make-stats-fixtures.R: rma(method = "ML"),
// optimize() over τ², uniroot() for the bounds); each case names its R call.
interface FixtureDataset {
  name: string;
  yi: number[];
  vi: number[];
}
const datasets = reviveNumbers(datasetsJson) as FixtureDataset[];
const cases = (
  reviveNumbers(profileJson) as {
    cases: { dataset: string; r: string; expected: { estimate: number; tau2: number; lower: number; upper: number } }[];
  }
).cases;

function studiesOf(name: string) {
  const dataset = datasets.find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`no dataset ${name}`);
  return dataset.yi.map((yi, index) => ({ yi, vi: dataset.vi[index] ?? Number.NaN }));
}

describe('profileLikelihoodInterval matches R', () => {
  it.each(cases.map((testCase) => [testCase.dataset, testCase] as const))('%s', (_, testCase) => {
    const result = profileLikelihoodInterval(studiesOf(testCase.dataset));
    for (const field of ['estimate', 'tau2', 'lower', 'upper'] as const) {
      expect(
        closeTo(result[field], testCase.expected[field], 1e-6),
        `${field}: ${result[field]} vs R ${testCase.expected[field]} (${testCase.r})`,
      ).toBe(true);
    }
  });

  it('is wider than the Wald interval of the ML fit when τ² is uncertain, and refuses one study', () => {
    const bcg = studiesOf('bcg');
    const profile = profileLikelihoodInterval(bcg);
    expect(profile.lower).toBeLessThan(profile.estimate);
    expect(profile.upper).toBeGreaterThan(profile.estimate);
    expect(pool(bcg, { method: 'REML' }).ciLower).toBeGreaterThan(profile.lower);
    expect(() => profileLikelihoodInterval([{ yi: 0.1, vi: 0.1 }])).toThrow(
      'profileLikelihoodInterval: needs at least 2 studies; got 1',
    );
  });
});
