// A table of thousands of studies, each row with a checkbox, took the page over a second to draw. Beyond a page's
// worth it shows one page of rows at a time, with buttons to the others; every study is still analysed.

export const TABLE_PAGE_SIZE = 100;

export interface TablePage {
  /** Zero-based page shown, after clamping the one asked for. */
  index: number;
  count: number;
  /** Zero-based slice of the rows shown: [start, end). */
  start: number;
  end: number;
  total: number;
}

export function tablePage(total: number, requested: number, size = TABLE_PAGE_SIZE): TablePage {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.min(Math.max(0, Math.trunc(requested) || 0), count - 1);
  return { index, count, start: index * size, end: Math.min(total, (index + 1) * size), total };
}
