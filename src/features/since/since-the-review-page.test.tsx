import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { SinceTheReviewPage } from './since-the-review-page';

const routes = [{ path: '/since-the-review', element: <SinceTheReviewPage /> }];

describe('SinceTheReviewPage', () => {
  it('lists every entry of the dataset with its source kind, and filters by programme and outcome', async () => {
    renderWithEvidence(routes, '/since-the-review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Since the review' })).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(dataset.sinceTheReview.length);
    for (const entry of dataset.sinceTheReview)
      expect(screen.getByRole('heading', { level: 3, name: entry.label })).toBeInTheDocument();

    const outcome = dataset.sinceTheReview.flatMap((entry) => entry.appOutcomes)[0]?.outcomeId;
    if (!outcome) throw new Error('no entry maps to an outcome');
    const expected = dataset.sinceTheReview.filter((entry) =>
      entry.appOutcomes.some((item) => item.outcomeId === outcome),
    );
    const user = userEvent.setup();
    const name = dataset.outcomes.find((candidate) => candidate.id === outcome)?.name ?? '';
    await user.selectOptions(screen.getByLabelText('Outcome measured'), name);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: new RegExp(`^${expected.length} entr`) }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(expected.length);
    const first = screen.getAllByRole('article')[0];
    if (first) expect(within(first).getByText(/Source: /)).toBeInTheDocument();
  }, 20_000);
});
