import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { createAnalysisJobRunner, progressText, type AnalysisProgress } from './analysis-job';
import { createAnalysisRunner } from './analysis-runner';

const options = { smd: 'hedges', ratio: 'RR', ciScale: 'difference' } as const;
const text = 'study,yi,vi\nA,0.1,0.04\nB,0.5,0.09\n\nC,x,0.1\nD,0.3,0.05\n';

describe('the analysis job', () => {
  it('reads and pools as the domain functions do, with its steps reported', () => {
    const steps: AnalysisProgress[] = [];
    const outcome = createAnalysisJobRunner()({ request: { text, options }, settings: DEFAULT_SETTINGS }, (step) =>
      steps.push(step),
    );
    const imported = importStudies({ text, options });
    expect(outcome.imported).toEqual(imported);
    expect(outcome.pooling).toEqual(analyse(imported.rows, DEFAULT_SETTINGS));
    expect(steps).toEqual([
      { stage: 'reading', rows: 4 },
      { stage: 'pooling', studies: 3 },
    ]);
    expect(steps.map(progressText)).toEqual(['Reading 4 rows…', 'Pooling 3 studies…']);
  });

  it('gives only plain data, which a worker can post (structured clone keeps every field)', () => {
    const outcome = createAnalysisJobRunner()({ request: { text, options }, settings: DEFAULT_SETTINGS });
    expect(structuredClone(outcome)).toEqual(outcome);
  });

  it('reads decimal commas when asked and they give more rows', () => {
    const commas = 'study;yi;vi\nA;0,1;0,04\nB;0,5;0,09';
    const run = createAnalysisJobRunner();
    const outcome = run({ request: { text: commas, options }, tryDecimalCommas: true, settings: null });
    expect(outcome.options.decimal).toBe('comma');
    expect(outcome.imported.rows).toHaveLength(2);
    expect(outcome.pooling).toBeNull();
    expect(run({ request: { text: commas, options }, settings: null }).imported.rows).toHaveLength(0);
  });

  it('does not read the file again when only the settings change', () => {
    const run = createAnalysisJobRunner();
    run({ request: { text, options }, settings: DEFAULT_SETTINGS });
    const steps: AnalysisProgress[] = [];
    const outcome = run({ request: { text, options }, settings: { ...DEFAULT_SETTINGS, method: 'FE' } }, (step) =>
      steps.push(step),
    );
    expect(steps).toEqual([{ stage: 'pooling', studies: 3 }]);
    expect(outcome.pooling?.pooled.ok && outcome.pooling.pooled.value.tau2).toBe(0);
  });

  it('runs on the main thread, at once, where there is no Worker (jsdom)', async () => {
    const runner = createAnalysisRunner();
    expect(runner.inWorker).toBe(false);
    const outcome = await runner.run({ request: { text, options }, settings: DEFAULT_SETTINGS });
    expect(outcome.imported.rows).toHaveLength(3);
  });
});
