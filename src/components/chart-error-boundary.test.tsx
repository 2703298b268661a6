import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChartErrorBoundary } from './chart-error-boundary';

function BrokenChart(): never {
  throw new RangeError('Invalid array length');
}

describe('ChartErrorBoundary', () => {
  it('keeps a chart’s failure in the chart’s box with a plain message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <div>
        <p>Words around the chart</p>
        <ChartErrorBoundary>
          <BrokenChart />
        </ChartErrorBoundary>
      </div>,
    );
    expect(screen.getByText('Words around the chart')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('This chart could not be drawn');
    expect(screen.queryByText(/Invalid array length/)).not.toBeInTheDocument();
  });

  it('shows the chart when nothing fails', () => {
    render(
      <ChartErrorBoundary>
        <svg role="img" aria-label="A chart" />
      </ChartErrorBoundary>,
    );
    expect(screen.getByRole('img', { name: 'A chart' })).toBeInTheDocument();
  });
});
