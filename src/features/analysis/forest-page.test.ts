import { describe, expect, it } from 'vitest';
import type { ForestPlotModel, ForestPlotRow } from '../../components/charts/forest-plot/forest-model';
import { forestPage } from './forest-page';

const study = (index: number): ForestPlotRow => ({
  id: `line-${index + 2}`,
  label: `Study ${index + 1}`,
  role: 'study',
  estimate: 0.1,
  lower: 0,
  upper: 0.2,
});
const pooled: ForestPlotRow = {
  id: 'pooled',
  label: 'Pooled',
  role: 'pooled',
  estimate: 0.1,
  lower: 0.05,
  upper: 0.15,
};
const modelOf = (studies: number): ForestPlotModel => ({
  rows: [...Array.from({ length: studies }, (_, index) => study(index)), pooled],
  favours: { left: 'Favours comparison', right: 'Favours intervention' },
});

describe('forestPage', () => {
  it('leaves a plot of one page as it is', () => {
    const model = modelOf(12);
    expect(forestPage(model, 3, 20)).toEqual({ model, index: 0, count: 1, first: 1, last: 12, total: 12 });
  });

  it('shows one page of rows with the overall pooled result on every page, the last page short', () => {
    const model = modelOf(45);
    const second = forestPage(model, 1, 20);
    expect(second.model.rows.map((row) => row.id)).toEqual([
      ...Array.from({ length: 20 }, (_, index) => `line-${index + 22}`),
      'pooled',
    ]);
    expect(second).toMatchObject({ index: 1, count: 3, first: 21, last: 40, total: 45 });
    const last = forestPage(model, 2, 20);
    expect(last).toMatchObject({ first: 41, last: 45 });
    expect(last.model.rows.at(-1)?.id).toBe('pooled');
  });

  it('clamps a page beyond either end, as after leaving studies out', () => {
    expect(forestPage(modelOf(45), 9, 20).index).toBe(2);
    expect(forestPage(modelOf(45), -1, 20).index).toBe(0);
  });
});
