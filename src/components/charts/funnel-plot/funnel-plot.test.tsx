import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FunnelPlot, NAMED_POINTS_LIMIT } from './funnel-plot';

const input = {
  centre: 0.3,
  axisLabel: 'Effect',
  points: [
    { id: 'a', label: 'A', effect: 0.1, se: 0.1 },
    { id: 'b', label: 'B', effect: 0.5, se: 0.3 },
  ],
};

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('FunnelPlot trim-and-fill marks (issue 19)', () => {
  it('draws no squares, dashed line or key without filled studies', () => {
    const svg = parse(renderToStaticMarkup(<FunnelPlot input={input} description="Funnel" />));
    expect(svg.querySelectorAll('rect')).toHaveLength(0);
    expect(svg.querySelector('line[stroke-dasharray]')).toBeNull();
    expect(svg.documentElement.textContent).not.toContain('trim-and-fill');
  });

  it('draws filled studies as labelled hollow squares, the adjusted estimate dashed, and a key in words', () => {
    const markup = renderToStaticMarkup(
      <FunnelPlot
        input={{
          ...input,
          filled: [{ id: 'f1', label: 'Filled 1: mirror of B', effect: 0.1, se: 0.3 }],
          adjustedCentre: 0.2,
        }}
        description="Funnel"
      />,
    );
    const svg = parse(markup);
    expect(svg.querySelector('parsererror')).toBeNull();
    const squares = [...svg.querySelectorAll('rect')];
    // One in the plot, one in the key.
    expect(squares).toHaveLength(2);
    expect(squares.every((square) => square.getAttribute('fill') === '#ffffff')).toBe(true);
    expect(squares[0]?.querySelector('title')?.textContent).toBe('Filled 1: mirror of B');
    expect(svg.querySelectorAll('line[stroke-dasharray="6 3"]')).toHaveLength(2);
    const text = [...svg.querySelectorAll('text')].map((node) => node.textContent);
    expect(text).toEqual(expect.arrayContaining(['Study', 'Filled by trim-and-fill', 'Trim-and-fill estimate']));
  });
});

describe('FunnelPlot marks', () => {
  const many = (count: number) => ({
    ...input,
    points: Array.from({ length: count }, (_, index) => ({
      id: String(index),
      label: `Study ${index + 1}`,
      effect: (index % 7) / 10,
      se: 0.05 + (index % 5) / 20,
    })),
  });
  it('names each mark for hover up to the limit, and draws bare marks beyond it, all in one path', () => {
    const few = parse(renderToStaticMarkup(<FunnelPlot input={many(NAMED_POINTS_LIMIT)} description="Funnel" />));
    expect(few.querySelectorAll('circle > title')).toHaveLength(NAMED_POINTS_LIMIT);
    const lots = parse(renderToStaticMarkup(<FunnelPlot input={many(NAMED_POINTS_LIMIT + 1)} description="Funnel" />));
    expect(lots.querySelectorAll('circle')).toHaveLength(0);
    expect(lots.querySelectorAll('title')).toHaveLength(0);
    // Every study is still drawn: one circle (a move and two arcs) per study, across the paths.
    const marks = [...lots.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '').join('');
    expect(marks.match(/M[^M]*a5 5 0 1 0 10 0a5 5 0 1 0-10 0/g)).toHaveLength(NAMED_POINTS_LIMIT + 1);
  });
});
