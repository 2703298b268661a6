import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EngineProblem, problemKindOf } from './engine-problem';
import { pool } from './pool';
import { subgroupAnalysis } from './meta-analysis';

const here = dirname(fileURLToPath(import.meta.url));

describe('EngineProblem', () => {
  it('is what the engines throw: no engine file throws a bare Error', () => {
    const engines = readdirSync(here).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(engines.length).toBeGreaterThan(0);
    for (const name of engines) expect(readFileSync(join(here, name), 'utf8'), name).not.toMatch(/throw new Error\(/);
  });

  it('carries its kind, also through a subgroup', () => {
    const effects = [
      { yi: 0.1, vi: 0.04, group: 'a' },
      { yi: 0.3, vi: 0.05, group: 'a' },
      { yi: 0.6, vi: 0.03, group: 'b' },
    ];
    const single = (() => {
      try {
        pool(effects.slice(0, 1), { test: 'knha' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(single).toBeInstanceOf(EngineProblem);
    expect(problemKindOf(single)).toBe('knapp-hartung-one-study');
    const grouped = (() => {
      try {
        subgroupAnalysis(effects, { test: 'knha' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(problemKindOf(grouped)).toBe('knapp-hartung-one-study');
    expect((grouped as Error).message).toMatch(/^subgroupAnalysis: group "b": pool:/);
  });

  it('calls anything else unexpected', () => {
    expect(problemKindOf(new TypeError('x is undefined'))).toBe('unexpected');
    expect(problemKindOf('a string')).toBe('unexpected');
  });
});
