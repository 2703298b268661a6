import { describe, expect, it } from 'vitest';
import type { ForestPlotModel } from './forest-model';
import { layoutForest, ticksThatFit } from './forest-layout';

const favours = { left: 'Favours the comparison', right: 'Favours the intervention' };

const studies: ForestPlotModel = {
  favours,
  figureHeading: 'Effect [95% CI]',
  rows: [
    {
      id: 'a',
      label: 'Study A 2001',
      role: 'study',
      estimate: 0.2,
      lower: -0.1,
      upper: 0.5,
      weight: 10,
      figureText: '0.20 [−0.10, 0.50]',
    },
    {
      id: 'b',
      label: 'Study B 2004',
      role: 'study',
      estimate: 0.6,
      lower: 0.3,
      upper: 0.9,
      weight: 40,
      figureText: '0.60 [0.30, 0.90]',
    },
    { id: 'pooled', label: 'Pooled (random effects)', role: 'pooled', estimate: 0.5, lower: 0.25, upper: 0.75 },
  ],
  predictionInterval: { lower: -0.2, upper: 1.2 },
};

describe('layoutForest', () => {
  const layout = layoutForest(studies);

  it('sizes study squares by weight (area proportional to weight)', () => {
    const [a, b] = layout.rows.map((row) => row.mark);
    if (a?.kind !== 'square' || b?.kind !== 'square') throw new Error('expected squares');
    expect(b.size).toBeGreaterThan(a.size);
    expect((a.size / b.size) ** 2).toBeCloseTo(10 / 40, 1);
  });

  it('draws a diamond only for the pooled row, spanning its interval', () => {
    expect(layout.rows.map((row) => row.mark.kind)).toEqual(['square', 'square', 'diamond']);
    const diamond = layout.rows[2]?.mark;
    if (diamond?.kind !== 'diamond') throw new Error('expected a diamond');
    expect(diamond.lowerX).toBeLessThan(diamond.x);
    expect(diamond.upperX).toBeGreaterThan(diamond.x);
  });

  it('keeps each side label on its own side of the null line and clear of the figure column', () => {
    const longest = (lines: readonly { text: string }[]) => Math.max(...lines.map((line) => line.text.length));
    expect(longest(layout.sideLabels.right) * layout.fontSize * 0.56).toBeLessThanOrEqual(
      layout.plot.right - layout.nullX,
    );
    expect(layout.figureHeading?.y).toBeGreaterThan(
      layout.sideLabels.right[layout.sideLabels.right.length - 1]?.y ?? Infinity,
    );
  });

  it('puts larger values further right, and the null line between the sides', () => {
    const pooled = layout.rows[2]?.mark;
    if (pooled?.kind !== 'diamond') throw new Error('expected a diamond');
    expect(pooled.lowerX).toBeGreaterThan(layout.nullX);
    expect(layout.sideLabels.left[0]?.x).toBeLessThan(layout.nullX);
    expect(layout.sideLabels.right[0]?.x).toBeGreaterThan(layout.nullX);
  });

  it('widens the axis to hold the prediction interval and draws it below the rows', () => {
    expect(layout.scale.domain[1]).toBeGreaterThanOrEqual(1.2);
    expect(layout.predictionInterval?.y).toBeGreaterThan(layout.rows[2]?.centreY ?? Infinity);
  });

  it('keeps rows in order without overlapping', () => {
    for (let index = 1; index < layout.rows.length; index += 1) {
      const previous = layout.rows[index - 1];
      const row = layout.rows[index];
      if (!previous || !row) throw new Error('missing row');
      expect(row.top).toBeGreaterThanOrEqual(previous.top + previous.height);
    }
  });

  it('moves figures under the label on the narrow (phone) layout', () => {
    const narrow = layoutForest(studies, { variant: 'narrow' });
    expect(narrow.figureHeading).toBeNull();
    const first = narrow.rows[0];
    expect(first?.figureLines.map((line) => line.text).join(' ')).toContain('0.20');
    expect(first?.figureLines[0]?.x).toBe(first?.labelLines[0]?.x);
    expect(first?.figureLines[0]?.y).toBeGreaterThan(first?.labelLines[first.labelLines.length - 1]?.y ?? Infinity);
    expect(narrow.width).toBeLessThan(layout.width);
  });

  it('writes a no-figures row across the plot instead of an interval', () => {
    const withNull = layoutForest({
      favours,
      rows: [
        {
          id: 'n',
          label: 'Parental stress',
          role: 'no-figures',
          noFiguresText: 'No significant difference: figures not reported',
        },
      ],
    });
    const mark = withNull.rows[0]?.mark;
    expect(mark?.kind).toBe('note');
    if (mark?.kind === 'note')
      expect(mark.lines.map((line) => line.text).join(' ')).toBe('No significant difference: figures not reported');
  });

  it('draws the title and source line only when standing alone (exports)', () => {
    const model = { ...studies, title: 'Example', sourceLine: 'Source: example data' };
    expect(layoutForest(model).titleLines).toEqual([]);
    const alone = layoutForest(model, { standalone: true });
    expect(alone.titleLines[0]?.text).toBe('Example');
    expect(alone.sourceLines[0]?.text).toBe('Source: example data');
    expect(alone.height).toBeGreaterThan(layout.height);
  });

  it('plots ratios on a log scale with the null line at 1', () => {
    const ratios = layoutForest({
      favours,
      scale: 'log',
      rows: [{ id: 'r', label: 'Trial', role: 'study', estimate: 0.5, lower: 0.25, upper: 1 }],
    });
    const tick = ratios.ticks.find((candidate) => candidate.label === '1');
    expect(tick?.x).toBeCloseTo(ratios.nullX);
  });

  it('widens the figure column for long figures, so they never run into the plot', () => {
    const long = layoutForest({
      favours,
      scale: 'log',
      rows: [
        {
          id: 'r',
          label: 'Trial',
          role: 'study',
          estimate: 3.85,
          lower: 1.06,
          upper: 13.94,
          figureText: '3.85 (1.06 to 13.94)',
        },
      ],
    });
    const figure = long.rows[0]?.figureLines[0];
    // Right-aligned at figure.x: its left end, at 0.56 em a character, stays right of the plot area.
    expect(figure).toBeDefined();
    if (figure) expect(figure.x - figure.text.length * long.fontSize * 0.56).toBeGreaterThan(long.plot.right);
  });

  it('drops tick labels that would touch on a wide ratio axis, and always keeps the null line’s', () => {
    const wide = layoutForest({
      favours,
      scale: 'log',
      rows: [{ id: 'r', label: 'Trial', role: 'study', estimate: 1, lower: 0.02, upper: 40 }],
    });
    const labels = wide.ticks.map((tick) => tick.label);
    expect(labels).toContain('1');
    expect(labels.includes('0.2') && labels.includes('0.25')).toBe(false);
    const halfWidth = (label: string) => (label.length * wide.fontSize * 0.56) / 2;
    for (let index = 1; index < wide.ticks.length; index += 1) {
      const [before, after] = [wide.ticks[index - 1], wide.ticks[index]];
      if (before && after)
        expect(after.x - before.x).toBeGreaterThanOrEqual(halfWidth(before.label) + halfWidth(after.label));
    }
  });

  it('thins the labels of a crowded linear axis evenly, keeping the null line’s', () => {
    const labels = (ticks: readonly { x: number; label: string }[]) =>
      ticksThatFit(ticks, 300, 16).map((tick) => tick.label);
    // Seven labels 50 units apart: too close for five-character labels at this size, far enough at every second one.
    const crowded = ['−0.75', '−0.50', '−0.25', '0.00', '0.25', '0.50', '0.75'].map((label, index) => ({
      x: 150 + index * 50,
      label,
    }));
    expect(labels(crowded)).toEqual(['−0.50', '0.00', '0.50']);
    // Labels with room to spare all stay.
    const roomy = crowded.map((tick, index) => ({ ...tick, x: 60 + index * 80 }));
    expect(labels(roomy)).toHaveLength(7);
  });

  it('lays out 200 studies quickly', () => {
    const many: ForestPlotModel = {
      favours,
      rows: Array.from({ length: 200 }, (_, index) => ({
        id: `s${index}`,
        label: `Study ${index}`,
        role: 'study' as const,
        estimate: index / 200,
        lower: index / 200 - 0.3,
        upper: index / 200 + 0.3,
        weight: 1 + (index % 7),
      })),
    };
    const started = performance.now();
    const result = layoutForest(many);
    expect(result.rows).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('layoutForest with many rows (issue 19)', () => {
  it('lays out 100,000 studies without overflowing the stack, in linear time', () => {
    const rows: ForestPlotModel['rows'] = Array.from({ length: 100_000 }, (_, index) => ({
      id: `s${index}`,
      label: `Study ${index}`,
      role: 'study' as const,
      estimate: (index % 7) / 10,
      lower: (index % 7) / 10 - 0.2,
      upper: (index % 7) / 10 + 0.2,
      weight: 1 + (index % 5),
    }));
    const started = performance.now();
    const layout = layoutForest({ favours, rows });
    expect(layout.rows).toHaveLength(100_000);
    const heaviest = layout.rows[4]?.mark;
    const lightest = layout.rows[0]?.mark;
    expect(heaviest?.kind === 'square' && lightest?.kind === 'square' && heaviest.size > lightest.size).toBe(true);
    // Generous for a shared machine: the quadratic version took minutes here.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('a forest plot without a line of no effect', () => {
  it('draws no such line and does not stretch the axis to 0 (a single-arm proportion)', () => {
    const model = {
      rows: [
        { id: 'a', label: 'A', role: 'study' as const, estimate: 0.8, lower: 0.7, upper: 0.9, weight: 1 },
        { id: 'p', label: 'Pooled', role: 'pooled' as const, estimate: 0.78, lower: 0.72, upper: 0.84 },
      ],
      favours: { left: '', right: '' },
      referenceLine: false,
    };
    const layout = layoutForest(model);
    expect(layout.referenceLine).toBe(false);
    expect(layout.ticks.map((tick) => tick.label)).not.toContain('0.0');
    expect(layoutForest({ ...model, referenceLine: true }).ticks.map((tick) => tick.label)).toContain('0.0');
    // Bounded as a proportion: the axis stops at 1.
    const bounded = layoutForest({ ...model, bounds: { lower: 0, upper: 1 } });
    expect(bounded.ticks.map((tick) => tick.label).at(-1)).toBe('1.0');
    expect(bounded.scale.domain[1]).toBe(1);
  });
});
