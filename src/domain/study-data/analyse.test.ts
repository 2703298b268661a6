import { ENGINE_PROBLEM_TEXT } from '../stats/engine-problem';
import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS, yearBand } from './analyse';
import { summariseAnalysis } from './analysis-summary';
import { importStudies } from './import-studies';

// metafor's dat.bcg as counts (written by R: write.csv of author, year, alloc, tpos, tneg, cpos, cneg).
const BCG = `study,year,group,ai,bi,ci,di
Aronson 1948,1948,random,4,119,11,128
Ferguson & Simes 1949,1949,random,6,300,29,274
Rosenthal et al 1960,1960,random,3,228,11,209
Hart & Sutherland 1977,1977,random,62,13536,248,12619
Frimodt-Moller et al 1973,1973,alternate,33,5036,47,5761
Stein & Aronson 1953,1953,alternate,180,1361,372,1079
Vandiviere et al 1973,1973,random,8,2537,10,619
TPT Madras 1980,1980,random,505,87886,499,87892
Coetzee & Berjak 1968,1968,random,29,7470,45,7232
Rosenthal et al 1961,1961,systematic,17,1699,65,1600
Comstock et al 1974,1974,systematic,186,50448,141,27197
Comstock & Webster 1969,1969,systematic,5,2493,3,2338
Comstock et al 1976,1976,systematic,27,16886,29,17825
`;
const rows = importStudies({ text: BCG, options: { smd: 'hedges', ratio: 'RR' } }).rows;

describe('analyse', () => {
  it('gives the Q-profile intervals for τ² and I² as metafor does: confint(rma(measure = "RR", ..., data = dat.bcg))', () => {
    const result = analyse(rows, DEFAULT_SETTINGS);
    if (!result.heterogeneity?.ok) throw new Error('no heterogeneity interval');
    // metafor 3.8.1 (src/domain/stats/fixtures/heterogeneity-interval.json, case bcg REML): τ² 0.1197184 to 1.111479,
    // I² 81.92057% to 97.67807%
    expect(result.heterogeneity.value.tau2Lower / 0.119718361141152).toBeCloseTo(1, 6);
    expect(result.heterogeneity.value.tau2Upper / 1.11147908406093).toBeCloseTo(1, 6);
    expect(result.heterogeneity.value.i2Lower / 81.9205745585831).toBeCloseTo(1, 6);
    expect(result.heterogeneity.value.i2Upper / 97.6780749578874).toBeCloseTo(1, 6);
  });

  it('gives no τ² interval for a fixed-effect fit, and says why with one study', () => {
    expect(analyse(rows, { ...DEFAULT_SETTINGS, method: 'FE' }).heterogeneity).toBeNull();
    const one = analyse(rows.slice(0, 1), DEFAULT_SETTINGS).heterogeneity;
    expect(one).toEqual({ ok: false, message: 'Intervals for τ² and I² need at least two studies.' });
  });

  it('pools as metafor does: rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)', () => {
    const result = analyse(rows, DEFAULT_SETTINGS);
    if (!result.pooled.ok) throw new Error(result.pooled.message);
    // R 4 / metafor 3.8: beta −0.7145323, ci.lb −1.066898, ci.ub −0.362167, tau2 0.3132433, I2 92.22139
    expect(result.pooled.value.estimate).toBeCloseTo(-0.7145323, 6);
    expect(result.pooled.value.ciLower).toBeCloseTo(-1.066898, 5);
    expect(result.pooled.value.ciUpper).toBeCloseTo(-0.362167, 5);
    expect(result.pooled.value.tau2).toBeCloseTo(0.3132433, 6);
    expect(result.pooled.value.i2).toBeCloseTo(92.22139, 4);
    expect(result.studies.every((study) => study.weight !== undefined)).toBe(true);
    expect(result.leaveOneOut.ok && result.leaveOneOut.value).toHaveLength(13);
    expect(result.egger.ok).toBe(true);
  });

  it('leaves out a study by its line and moves the result', () => {
    const all = analyse(rows, DEFAULT_SETTINGS);
    const without = analyse(rows, { ...DEFAULT_SETTINGS, excluded: [2] });
    expect(without.pooled.ok && without.pooled.value.k).toBe(12);
    expect(without.studies[0]).toMatchObject({ included: false });
    expect(without.studies[0]?.weight).toBeUndefined();
    expect(all.pooled.ok && without.pooled.ok && all.pooled.value.estimate !== without.pooled.value.estimate).toBe(
      true,
    );
    expect(analyse(rows, { ...DEFAULT_SETTINGS, excluded: rows.map((row) => row.line) }).pooled).toEqual({
      ok: false,
      message: 'No studies are included: include at least one to pool.',
    });
  });

  it('splits by group, outcome or decade, with any group name', () => {
    const byGroup = analyse(rows, { ...DEFAULT_SETTINGS, subgroupBy: 'group' });
    expect(byGroup.subgroups?.ok && byGroup.subgroups.value.groups.map((group) => group.name)).toEqual([
      'random',
      'alternate',
      'systematic',
    ]);
    const byDecade = analyse(rows, { ...DEFAULT_SETTINGS, method: 'FE', subgroupBy: 'year-band' });
    expect(byDecade.subgroups?.ok && byDecade.subgroups.value.groups.map((group) => group.name)).toContain('1940–1949');
    expect(yearBand(undefined)).toBe('No year given');
    const proto = importStudies({
      text: 'yi,vi,group\n0.1,0.1,__proto__\n0.2,0.1,__proto__\n0.5,0.1,other\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows;
    const split = analyse(proto, { ...DEFAULT_SETTINGS, subgroupBy: 'group' });
    expect(split.subgroups?.ok && split.subgroups.value.groups.map((group) => [group.name, group.k])).toEqual([
      ['__proto__', 2],
      ['other', 1],
    ]);
  });

  it('pools one outcome at a time when the file holds several', () => {
    const mixed = importStudies({
      text: 'yi,vi,outcome\n0.1,0.1,a\n0.2,0.1,b\n0.3,0.1,a\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows;
    expect(analyse(mixed, DEFAULT_SETTINGS)).toMatchObject({ outcomes: ['a', 'b'], outcome: 'a' });
    expect(analyse(mixed, { ...DEFAULT_SETTINGS, outcome: 'b' }).studies.map((study) => study.row.line)).toEqual([3]);
  });

  it('explains a result it cannot compute instead of failing', () => {
    const two = analyse(rows.slice(0, 2), DEFAULT_SETTINGS);
    expect(two.egger).toEqual({
      ok: false,
      message: ENGINE_PROBLEM_TEXT['too-few-studies'],
      problem: 'too-few-studies',
    });
    expect(JSON.stringify(two.egger)).not.toContain('eggerTest');
  });

  it('turns every engine refusal into a plain sentence with its kind, never the engine’s text', () => {
    // Knapp–Hartung with one study: the engine throws; the step says why in plain words.
    const one = analyse(rows.slice(0, 1), { ...DEFAULT_SETTINGS, test: 'knha' });
    expect(one.pooled).toEqual({
      ok: false,
      message: ENGINE_PROBLEM_TEXT['knapp-hartung-one-study'],
      problem: 'knapp-hartung-one-study',
    });
    for (const text of Object.values(ENGINE_PROBLEM_TEXT)) {
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toMatch(/[a-z][A-Z]\w*:|\bpool:|got \d/);
    }
  });
});

describe('summariseAnalysis', () => {
  it('uses the app’s size and heterogeneity words with their caveat, oriented as the user says, and no certainty rating', () => {
    const result = analyse(rows, DEFAULT_SETTINGS);
    if (!result.pooled.ok) throw new Error('no result');
    const ratio = summariseAnalysis({
      result: result.pooled.value,
      layout: 'counts',
      scale: 'ratio',
      benefit: 'negative',
      smd: 'hedges',
    });
    expect(ratio[0]).toMatch(/favours the intervention/);
    expect(ratio.join(' ')).not.toMatch(/small|moderate|large/);
    expect(ratio.join(' ')).toMatch(/differed a great deal/);
    expect(ratio.at(-1)).toMatch(/no certainty rating/);
    const unknown = summariseAnalysis({
      result: { ...result.pooled.value, ciLower: 0.3, ciUpper: 0.6 },
      layout: 'yi-vi',
      scale: 'difference',
      benefit: 'positive',
      smd: 'hedges',
    });
    expect(unknown[1]).toMatch(
      /^If these effects are standardised mean differences .* anything from small to moderate/,
    );
  });
});
