import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { FamiliesIndexPage } from './families-index-page';
import { familyIndexPage, familyOutcomePage, familyPageBlocks } from './family-page-content';
import { FamilyOutcomePage } from './family-outcome-page';
import { CONTACT_MAX_LENGTH } from './family-parts';

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

  it('shows every help-now contact near the top, each with its nation and a link to its source', async () => {
    renderWithEvidence(routes, '/families/maternal-depression');
    const help = await screen.findByRole('region', { name: 'If you need help now' });
    const found = screen.getByRole('region', { name: 'What the research found' });
    // The box comes before the research.
    expect(help.compareDocumentPosition(found) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const entry of dataset.helpNow) {
      const item = within(help)
        .getAllByRole('listitem')
        .find((li) => li.textContent.includes(entry.contact) && li.textContent.includes(entry.when));
      expect(item, entry.id).toBeDefined();
      const source = dataset.sources.find((candidate) => candidate.id === entry.sourceId);
      expect(within(item as HTMLElement).getByRole('link', { name: `Source: ${entry.sourceName}` })).toHaveAttribute(
        'href',
        source?.url ?? 'missing',
      );
    }
    for (const nation of ['In England', 'In Wales', 'In Scotland', 'In Northern Ireland'])
      expect(within(help).getByText(nation)).toBeInTheDocument();
  });

  it('shows the contact a shared link carries as text, cut to length, and adds a typed contact to the link', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const long = `<b>Ann</b> 01234 567890 ${'x'.repeat(200)}`;
    renderWithEvidence(routes, `/families/maternal-depression?contact=${encodeURIComponent(long)}`);
    const shown = await screen.findByTestId('shared-contact');
    expect(shown.textContent).toBe(long.slice(0, CONTACT_MAX_LENGTH).trim());
    expect(shown.querySelector('b')).toBeNull();
    expect(screen.getByText(/This website did not write or check it/)).toBeVisible();

    const field = screen.getByRole('textbox', { name: 'Your name and phone number (optional)' });
    await user.clear(field);
    await user.type(field, 'Sam, health visitor, 0300 000 0000');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/families/maternal-depression?contact=Sam%2C+health+visitor%2C+0300+000+0000`,
    );
  });

  it('says the studies reported no harm, without calling the help safe', async () => {
    renderWithEvidence(routes, '/families/maternal-depression');
    expect(await screen.findByRole('heading', { name: 'Was any harm reported?' })).toBeInTheDocument();
    expect(screen.queryByText(/Is it safe/)).not.toBeInTheDocument();
    expect(screen.getByText(/This does not prove that it is safe/)).toBeInTheDocument();
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
