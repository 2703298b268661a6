import { describe, expect, it } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import { importStudies } from '../../domain/study-data/import-studies';
import { regressOnModerators } from '../../domain/study-data/moderators';
import { bubblePlotModel } from './bubble-plot-model';

describe('bubblePlotModel', () => {
  it('places every study in the model at its moderator value and effect, weighted as in the model', () => {
    const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });
    const regression = regressOnModerators(
      imported.rows,
      imported.headers,
      imported.records ?? [],
      [
        { column: 'alloc', kind: 'categorical' },
        { column: 'ablat', kind: 'continuous' },
      ],
      { method: 'REML', test: 'z' },
    );
    if (!regression.ok) throw new Error(regression.message);
    const model = bubblePlotModel(regression.value, 'ablat', 'log risk ratio');
    expect(model.points).toHaveLength(13);
    expect(model.points[0]).toMatchObject({ x: 44, y: imported.rows[0]?.yi });
    expect(model.points.reduce((total, point) => total + point.weight, 0)).toBeCloseTo(100, 10);
    expect(model.line.length).toBeGreaterThan(2);
    expect(model.xLabel).toBe('ablat');
    expect(model.yLabel).toBe('log risk ratio');
  });
});
