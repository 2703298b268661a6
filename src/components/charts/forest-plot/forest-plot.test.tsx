import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ForestPlotModel } from './forest-model';
import { ForestPlot } from './forest-plot';

const model: ForestPlotModel = {
  favours: { left: 'Favours the comparison', right: 'Favours the intervention' },
  rows: [
    {
      id: 'pooled',
      label: 'Infant attachment',
      role: 'pooled',
      estimate: 0.57,
      lower: 0.19,
      upper: 0.95,
      figureText: '0.19 to 0.95',
    },
    {
      id: 'null',
      label: 'Parental stress',
      role: 'no-figures',
      noFiguresText: 'No significant difference: figures not reported',
    },
  ],
  symmetric: true,
};

describe('ForestPlot', () => {
  it('renders on the server with a viewBox and no measured size, so print and prerender get the whole chart', () => {
    const markup = renderToStaticMarkup(<ForestPlot model={model} description="Forest plot." variant="wide" />);
    expect(markup).toMatch(/<svg[^>]*viewBox="0 0 720 \d+"/);
    expect(markup).toContain('width="100%"');
    expect(markup).toContain('class="forest-diamond"');
    expect(markup).not.toContain('forest-square');
    expect(markup).toContain('No significant difference:');
    expect(markup).toMatch(
      /class="forest-side-right"[^>]*>(<tspan[^>]*>[^<]*<\/tspan>)*<tspan[^>]*>[^<]*intervention\u00a0→<\/tspan>/,
    );
    expect(markup).toMatch(/class="forest-side-left"[^>]*><tspan[^>]*>←\u00a0Favours the/);
  });

  it('draws the same SVG every time for the same model (a regression guard on the render)', () => {
    const first = renderToStaticMarkup(<ForestPlot model={model} description="Forest plot." variant="wide" />);
    expect(renderToStaticMarkup(<ForestPlot model={model} description="Forest plot." variant="wide" />)).toBe(first);
    expect(first.match(/<path /g)).toHaveLength(1);
    expect(first.match(/class="forest-tick"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the drawing a text alternative and responsive phone and wide layouts', () => {
    render(<ForestPlot model={model} description="Forest plot. Right of zero favours the intervention." />);
    const images = screen.getAllByRole('img', { name: /Right of zero favours the intervention/ });
    expect(images.map((image) => image.getAttribute('data-variant'))).toEqual(['wide', 'narrow']);
  });

  it('shows a plain message instead of breaking the page when the figures cannot be drawn', () => {
    const broken: ForestPlotModel = {
      ...model,
      rows: [{ id: 'x', label: 'Extreme', role: 'study', estimate: 1, lower: 0, upper: 1e308 }],
    };
    render(<ForestPlot model={broken} description="Forest plot." variant="wide" />);
    expect(screen.getByRole('status')).toHaveTextContent('This chart could not be drawn');
  });
});
