import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { FamiliesIndexPage } from './families-index-page';
import { familyIndexPage, familyOutcomePage, familyPageBlocks } from './family-page-content';
import { FamilyOutcomePage } from './family-outcome-page';

const routes = [
  { path: '/families', element: <FamiliesIndexPage /> },
  { path: '/families/:outcomeId', element: <FamilyOutcomePage /> },
];

/** Collapses runs of white space so text split across elements compares like the words a reader sees. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('FamilyOutcomePage', () => {
  for (const outcome of dataset.outcomes) {
    it(`/families/${outcome.id} shows every word of its content, and the verdict first`, async () => {
      renderWithEvidence(routes, `/families/${outcome.id}`);
      const content = familyOutcomePage(dataset, outcome);
      expect(await screen.findByRole('heading', { level: 1, name: content.title })).toBeInTheDocument();
      const main = squash(document.body.textContent);
      // What the reading-level test measures is what the page shows.
      for (const block of familyPageBlocks(content)) expect(main).toContain(squash(block));
      const found = screen.getByRole('region', { name: 'What the research found' });
      expect(found).toHaveTextContent(content.verdict?.found[0] ?? 'missing');
      expect(screen.getByRole('link', { name: 'The same research, for health workers' })).toHaveAttribute(
        'href',
        `/outcomes/${outcome.id}`,
      );
      expect(screen.getByRole('link', { name: /^Source for what the research found/ })).toBeInTheDocument();
    });
  }

  it('has a contact box for printing', async () => {
    renderWithEvidence(routes, '/families/maternal-depression');
    expect(await screen.findByTestId('contact-box')).toHaveTextContent('Your contact:');
  });

  it('copies the page link to the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithEvidence(routes, '/families/maternal-depression');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/families/maternal-depression`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('selects the link so it can be copied by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderWithEvidence(routes, '/families/parental-stress');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: /^Link to this page/ });
    expect(input).toHaveFocus();
    expect(input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)).toBe(input.value);
    expect(screen.getByRole('status')).toHaveTextContent('The link is selected.');
  });

  it('says so when there is no such page', async () => {
    renderWithEvidence(routes, '/families/sleep');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('FamiliesIndexPage', () => {
  it('links to a page for every outcome, each with its verdict', async () => {
    renderWithEvidence(routes, '/families');
    const content = familyIndexPage(dataset);
    expect(await screen.findByRole('heading', { level: 1, name: content.title })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'What the research found' });
    for (const outcome of content.outcomes) {
      const link = within(list).getByRole('link', { name: outcome.title });
      expect(link).toHaveAttribute('href', `/families/${outcome.outcomeId}`);
      expect(link.closest('li')).toHaveTextContent(outcome.verdict.found[0] ?? 'missing');
    }
  });
});
