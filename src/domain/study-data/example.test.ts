import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEffect } from '../format';
import { analyse, DEFAULT_SETTINGS } from './analyse';
import { EXAMPLE, EXAMPLE_FILE, exampleSources } from './example';
import { importStudies } from './import-studies';

const text = readFileSync(join(process.cwd(), 'public', EXAMPLE_FILE), 'utf8');
const imported = importStudies({
  text,
  mapping: EXAMPLE.mapping,
  layout: EXAMPLE.layout,
  options: { smd: 'hedges', ratio: 'RR' },
});

describe('the bundled example (Rayce et al. 2017, another review)', () => {
  it('holds the 45 rows, each with its source and quote', () => {
    expect(imported.recordCount).toBe(45);
    const sources = exampleSources(text);
    expect(sources).toHaveLength(45);
    for (const source of sources) {
      expect(source.urls.length).toBeGreaterThan(0);
      expect(source.quote.length).toBeGreaterThan(0);
    }
    expect(
      new Set(
        sources
          .filter((source) => source.approachOurCoding === 'psychodynamic')
          .map((source) => source.study.split(' ')[0]),
      ),
    ).toEqual(new Set(['Salomonsson', 'Ammaniti']));
  });

  it('lists the rows it cannot use (approximate sizes such as "~47") by line, and uses the rest', () => {
    expect(imported.rows.length + new Set(imported.problems.map((problem) => problem.line)).size).toBe(45);
    for (const problem of imported.problems) expect(problem.reason).toMatch(/~\d+/);
  });

  it('reproduces the printed pooled maternal sensitivity, 0.46 (0.26 to 0.65)', () => {
    const printed = EXAMPLE.printedPooledResults[0];
    for (const method of ['REML', 'DL', 'FE'] as const) {
      const result = analyse(imported.rows, { ...DEFAULT_SETTINGS, method, outcome: EXAMPLE.defaultOutcome });
      if (!result.pooled.ok) throw new Error(result.pooled.message);
      expect(result.studies).toHaveLength(5);
      expect([
        formatEffect(result.pooled.value.estimate),
        formatEffect(result.pooled.value.ciLower),
        formatEffect(result.pooled.value.ciUpper),
      ]).toEqual([formatEffect(printed.estimate), formatEffect(printed.lower), formatEffect(printed.upper)]);
    }
  });
});
