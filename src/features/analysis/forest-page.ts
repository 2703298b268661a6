import type { ForestPlotModel } from '../../components/charts/forest-plot/forest-model';

// A forest plot of thousands of studies is hundreds of thousands of SVG elements: the page froze for seconds at
// 10,000 rows. Beyond a page's worth the plot shows one page of rows at a time, with the overall pooled result on
// every page; the table under it and the exported file still hold every study.

export const FOREST_PAGE_SIZE = 200;

export interface ForestPage {
  model: ForestPlotModel;
  /** Zero-based page shown, after clamping the one asked for. */
  index: number;
  count: number;
  /** One-based positions of the first and last row shown, and how many rows there are (the overall pooled row aside). */
  first: number;
  last: number;
  total: number;
}

export function forestPage(model: ForestPlotModel, requested: number, size = FOREST_PAGE_SIZE): ForestPage {
  const overall = model.rows.at(-1)?.id === 'pooled' ? model.rows.at(-1) : undefined;
  const body = overall ? model.rows.slice(0, -1) : model.rows;
  const count = Math.max(1, Math.ceil(body.length / size));
  const index = Math.min(Math.max(0, Math.trunc(requested) || 0), count - 1);
  if (count === 1)
    return { model, index: 0, count: 1, first: body.length === 0 ? 0 : 1, last: body.length, total: body.length };
  const rows = body.slice(index * size, (index + 1) * size);
  return {
    model: { ...model, rows: overall ? [...rows, overall] : rows },
    index,
    count,
    first: index * size + 1,
    last: index * size + rows.length,
    total: body.length,
  };
}
