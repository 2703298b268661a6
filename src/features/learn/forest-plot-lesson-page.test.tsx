import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { chooseLessonOutcome } from '../../domain/learning/forest-lesson';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';
import { ForestPlotLessonPage } from './forest-plot-lesson-page';

const routes = [{ path: '/learn/forest-plot', Component: ForestPlotLessonPage }];

describe('ForestPlotLessonPage', () => {
  it('starts on the real result, worded as its outcome page words it', async () => {
    renderWithEvidence(routes, '/learn/forest-plot');
    const outcome = chooseLessonOutcome(publishedDataset);
    if (!outcome) throw new Error('no lesson outcome');
    expect(await screen.findByTestId('lesson-sentence')).toHaveTextContent(
      summariseOutcome(outcome, publishedDataset.review).statement,
    );
    expect(screen.getByTestId('lesson-verdict')).toHaveTextContent(/^Significant/);
  });

  it('changes the verdict and the sentence when the interval is moved across zero', async () => {
    renderWithEvidence(routes, '/learn/forest-plot');
    const before = (await screen.findByTestId('lesson-sentence')).textContent;
    fireEvent.change(screen.getByRole('slider', { name: /Middle of the interval/ }), { target: { value: '5' } });
    expect(screen.getByTestId('lesson-verdict')).toHaveTextContent(/^Not significant/);
    expect(screen.getByTestId('lesson-sentence').textContent).not.toBe(before);
  });
});
