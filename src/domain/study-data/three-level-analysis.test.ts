import { describe, expect, it } from 'vitest';
import threeLevelJson from '../stats/fixtures/three-level.json';
import { reviveNumbers } from '../stats/fixtures/read-fixture';
import { analyse, DEFAULT_SETTINGS } from './analyse';
import { importStudies } from './import-studies';
import { analyseThreeLevel } from './three-level-analysis';

const options = { smd: 'hedges', ratio: 'RR' } as const;
// One effect per study: the first rows of metafor's dat.bcg as counts.
const bcg = importStudies({
  text: 'study,ai,bi,ci,di\nAronson 1948,4,119,11,128\nFerguson & Simes 1949,6,300,29,274\nRosenthal et al 1960,3,228,11,209\n',
  options,
}).rows;

describe('effects from the same study', () => {
  // metafor 3.8.1, scripts/r/make-three-level-fixtures.R: dat.konstantopoulos2011, schools within districts.
  const fixture = reviveNumbers(threeLevelJson) as {
    cases: {
      dataset: string;
      test: 'z' | 't';
      r: string;
      study: string[];
      yi: number[];
      vi: number[];
      expected: Record<string, number>;
    }[];
  };
  const konstantopoulos = fixture.cases.filter((entry) => entry.dataset === 'konstantopoulos2011');
  const first = konstantopoulos[0];
  if (!first) throw new Error('no konstantopoulos2011 case');
  const csv = ['study,yi,vi', ...first.study.map((id, row) => `${id},${first.yi[row]},${first.vi[row]}`)].join('\n');
  const schools = importStudies({ text: csv, options }).rows;

  it('counts the studies that give more than one effect, and fits no three-level model unless asked', () => {
    const result = analyse(schools, DEFAULT_SETTINGS);
    const repeated = new Set(first.study.filter((id, row) => first.study.indexOf(id) !== row)).size;
    expect(result.dependence).toEqual({
      effects: first.yi.length,
      studies: new Set(first.study).size,
      repeatedStudies: repeated,
    });
    expect(result.threeLevel).toBeNull();
    expect(analyse(bcg, DEFAULT_SETTINGS).dependence.repeatedStudies).toBe(0);
  });

  for (const entry of konstantopoulos) {
    it(`fits the three-level model as ${entry.r}`, () => {
      const result = analyseThreeLevel(schools, {
        ...DEFAULT_SETTINGS,
        levels: 3,
        test: entry.test === 't' ? 'knha' : 'z',
      });
      if (!result.ok) throw new Error('no three-level fit');
      const fit = result.value;
      // Relative 5e-5: R's nlminb and our Nelder–Mead meet on a flat likelihood (three-level.test.ts checks 1e-5).
      for (const key of ['estimate', 'se', 'ciLower', 'ciUpper', 'pValue', 'i2Between', 'i2Within'] as const)
        expect(fit[key] / (entry.expected[key] ?? Number.NaN)).toBeCloseTo(1, 4);
      expect(fit.sigma2Between / (entry.expected.sigma2Between ?? Number.NaN)).toBeCloseTo(1, 4);
      expect(fit.studies).toBe(entry.expected.studies);
    });
  }

  it('says in plain words why it cannot fit the model when no study repeats', () => {
    expect(analyseThreeLevel(bcg, { ...DEFAULT_SETTINGS, levels: 3 })).toEqual({
      ok: false,
      message:
        'No study gives more than one effect, so there is no within-study level; use the usual random-effects model.',
    });
  });
});
