import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithEvidence } from '../../../tests/render-with-evidence';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../../domain/evidence/parse-evidence';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';
import { OutcomeDetailPage } from './outcome-detail-page';

const dataset = parseEvidenceDataset(publishedJson);

const routes = [{ path: '/outcomes/:outcomeId', element: <OutcomeDetailPage /> }];

describe('OutcomeDetailPage', () => {
  it('shows infant attachment as printed and turned, with derived figures labelled and a cautious verdict', async () => {
    renderWithEvidence(routes, '/outcomes/infant-attachment');
    expect(await screen.findByRole('heading', { level: 1, name: 'Infant attachment' })).toBeInTheDocument();
    const printed = screen.getByText('As printed in the source').closest('div');
    expect(printed).toHaveTextContent('95%CI -0.95 to -0.19, p < 0.00; I² = 49%');
    expect(printed).toHaveTextContent('\u22120.95 to \u22120.19');
    expect(screen.getByText('Turned so that benefit is positive (our reading)').closest('div')).toHaveTextContent(
      '0.19 to 0.95',
    );
    expect(screen.getAllByText('derived').length).toBeGreaterThanOrEqual(4);
    const verdict = screen.getByRole('region', { name: 'In short' });
    expect(within(verdict).getByText(/^These interventions may make/)).toBeInTheDocument();
    expect(verdict).toHaveTextContent('low');
    expect(screen.getByRole('link', { name: 'Source for the infant attachment result' })).toHaveAttribute(
      'href',
      '/about#source-press-release-2022',
    );
  });

  it('explains the rounding of infant behaviour once and never says no benefit cannot be ruled out', async () => {
    renderWithEvidence(routes, '/outcomes/infant-behaviour');
    expect(await screen.findByRole('heading', { level: 1, name: 'Infant behaviour' })).toBeInTheDocument();
    expect(screen.getAllByText(/rounds to two decimals/)).toHaveLength(1);
    expect(screen.queryByText(/no benefit cannot be ruled out/i)).not.toBeInTheDocument();
    expect(screen.getByText(/Kraemer–Kupfer number needed to treat/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Programmes whose trials measured infant behaviour/ })).toHaveAttribute(
      'href',
      '/interventions?outcome=child-behaviour',
    );
  });

  it('shows no figures for parental stress, only that no significant difference was found', async () => {
    renderWithEvidence(routes, '/outcomes/parental-stress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Parental stress' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'No significant difference: figures not reported' })).toBeInTheDocument();
    expect(screen.queryByText('As printed in the source')).not.toBeInTheDocument();
    expect(screen.queryByText(/Number needed to treat/)).not.toBeInTheDocument();
  });

  it('links to the previous and next outcomes in the dataset’s order, and back to the chart from the last', async () => {
    const [first, second] = dataset.outcomes;
    if (!first || !second) throw new Error('the dataset needs outcomes');
    renderWithEvidence(routes, `/outcomes/${second.id}`);
    const links = within(await screen.findByRole('navigation', { name: 'Other outcomes' }));
    expect(links.getByRole('link', { name: `← Previous outcome: ${first.name}` })).toHaveAttribute(
      'href',
      `/outcomes/${first.id}`,
    );
    expect(links.getByRole('link', { name: /^Next outcome: / })).toBeInTheDocument();
  });

  it('says so when the outcome does not exist', async () => {
    renderWithEvidence(routes, '/outcomes/sleep');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcome not found' })).toBeInTheDocument();
  });

  it('says that its background sections are our words, not the review’s (audit P26)', async () => {
    for (const outcome of dataset.outcomes.slice(0, 1)) {
      renderWithEvidence(routes, `/outcomes/${outcome.id}`);
      expect(await screen.findByRole('heading', { level: 1, name: outcome.name })).toBeInTheDocument();
      expect(screen.getByText(/^Our words: these two sections are general background/)).toBeInTheDocument();
    }
  });

  it('gives a very-low-certainty result as ranges only, with no single middle figure (audit P23)', async () => {
    const veryLow = dataset.outcomes.filter((outcome) => {
      const summary = summariseOutcome(outcome, dataset.review);
      return summary.kind === 'significant' && summary.certainty.level === 'very low';
    });
    for (const outcome of veryLow) {
      const { unmount } = renderWithEvidence(routes, `/outcomes/${outcome.id}`);
      expect(await screen.findByRole('heading', { level: 1, name: outcome.name })).toBeInTheDocument();
      const text = document.body.textContent;
      expect(text).toMatch(/ranges? only/);
      expect(text).not.toMatch(
        /middle of the range:|\(middle: |At the middle of the range it is|would do better in about/,
      );
      unmount();
    }
  });
});
