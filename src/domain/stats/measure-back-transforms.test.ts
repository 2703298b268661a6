import { describe, expect, it } from 'vitest';
import { harmonicMean, inverseFreemanTukey, inverseLogit, zToCorrelation } from './effect-measures';
import fixture from './fixtures/measure-page.json';

// Pooled estimates shown back on the reading scale, from R's metafor 3.8.1 (scripts/r/make-measure-page-fixtures.R,
// each case names its R call). The pooled values on the analysis scale are metafor's, so this checks the
// back-transforms alone;
// the fixture carries dat.pritz1997's ni for the harmonic mean.
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('back-transforms for the further measures match metafor', () => {
  it('shows Fisher z as r, as transf.ztor', () => {
    const { z, zLower, zUpper, estimate, ciLower, ciUpper } = fixture.zcor;
    expect(relative(zToCorrelation(z), estimate)).toBeLessThan(1e-9);
    expect(relative(zToCorrelation(zLower), ciLower)).toBeLessThan(1e-9);
    expect(relative(zToCorrelation(zUpper), ciUpper)).toBeLessThan(1e-9);
  });

  it('shows a logit as a proportion, as transf.ilogit', () => {
    expect(relative(inverseLogit(fixture.plo.logit), fixture.plo.estimate)).toBeLessThan(1e-9);
  });

  it('shows a Freeman-Tukey value as a proportion with the harmonic mean of ni, as transf.ipft.hm', () => {
    const proportion = inverseFreemanTukey(fixture.pft.freemanTukey, harmonicMean(fixture.pft.ni));
    expect(relative(proportion, fixture.pft.estimate)).toBeLessThan(1e-9);
  });
});
