import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ForestPlotModel } from '../../components/charts/forest-plot/forest-model';
import { ForestWithRowToggles } from './forest-row-toggles';

const model: ForestPlotModel = {
  rows: [
    { id: 'line-2', label: 'Aronson 1948', role: 'study', estimate: 0.4, lower: 0.1, upper: 1.2, weight: 5 },
    { id: 'line-3', label: 'Ferguson 1949', role: 'study', estimate: 0.2, lower: 0.1, upper: 0.5, muted: true },
    { id: 'pooled', label: 'Pooled', role: 'pooled', estimate: 0.3, lower: 0.2, upper: 0.6 },
  ],
  scale: 'log',
  favours: { left: 'Favours comparison', right: 'Favours intervention' },
};
const toggles = new Map([
  ['line-2', { study: 'Aronson 1948', line: 2, included: true }],
  ['line-3', { study: 'Ferguson 1949', line: 3, included: false }],
]);

describe('ForestWithRowToggles', () => {
  it('gives each study’s name a button that says what pressing it does, and none to the pooled row', async () => {
    const onToggle = vi.fn();
    render(<ForestWithRowToggles model={model} description="Forest plot" toggles={toggles} onToggle={onToggle} />);
    // jsdom applies no CSS, so the phone and the wide sets of buttons are both present; a browser shows one.
    const leaveOut = screen.getAllByRole('button', { name: 'Leave out Aronson 1948 (line 2)' });
    expect(leaveOut).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Include Ferguson 1949 (line 3)' })).toHaveLength(2);
    expect(screen.getAllByRole('button')).toHaveLength(4);
    expect(screen.getAllByRole('img', { name: 'Forest plot' })).toHaveLength(2);

    const user = userEvent.setup();
    leaveOut[0]?.focus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledWith(2);
    await user.click(screen.getAllByRole('button', { name: 'Include Ferguson 1949 (line 3)' })[0] as HTMLElement);
    expect(onToggle).toHaveBeenLastCalledWith(3);
  });

  it('places each button over its row’s label, inside the drawing', () => {
    render(
      <ForestWithRowToggles model={model} description="Forest plot" toggles={toggles} onToggle={() => undefined} />,
    );
    for (const button of screen.getAllByRole('button')) {
      const top = Number.parseFloat(button.style.top);
      const height = Number.parseFloat(button.style.height);
      const left = Number.parseFloat(button.style.left);
      const width = Number.parseFloat(button.style.width);
      expect(top).toBeGreaterThan(0);
      expect(top + height).toBeLessThan(100);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThan(50);
    }
  });
});
