import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publishedDataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { CataloguePage } from './catalogue-page';

const routes = [{ path: '/interventions', element: <CataloguePage /> }];
const programmesHeadings = () =>
  within(screen.getByRole('region', { name: 'Programmes' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

/** The count of programmes shown: the page's other status says what the map's download buttons saved. */
const countStatus = async () =>
  (await screen.findAllByRole('status')).find((status) => status.textContent.startsWith('Showing'));

/** How many programmes the dataset codes to these types: the expected counts follow the data (issue 17 part 6). */
const ofType = (...types: string[]) =>
  publishedDataset.programmes.filter((programme) => types.includes(programme.type)).length;

// The whole catalogue renders here, its evidence map drawn twice (wide and phone) and its findings table: on a machine
// shared by several builds a test took 5.2 s, past vitest's default 5 s.
describe('CataloguePage', { timeout: 20_000 }, () => {
  it('filters by type from the URL and announces the count', async () => {
    renderWithEvidence(routes, '/interventions?type=attachment');
    expect(await countStatus()).toHaveTextContent(
      `Showing ${ofType('attachment')} of ${publishedDataset.programmes.length} programmes`,
    );
    expect(programmesHeadings()).toEqual(
      publishedDataset.programmes
        .filter((programme) => programme.type === 'attachment')
        .map((programme) => programme.name),
    );
  });

  it('ticking a box writes the filter to the URL and widens the list to the union', async () => {
    const user = userEvent.setup();
    const { router } = renderWithEvidence(routes, '/interventions?type=attachment');
    await user.click(await screen.findByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ }));
    expect(router.state.location.search).toBe('?type=attachment&type=dyadic');
    expect(await countStatus()).toHaveTextContent(
      `Showing ${ofType('attachment', 'dyadic')} of ${publishedDataset.programmes.length} programmes`,
    );
  });

  it('shows each programme’s type as our coding, its format and its evidence', async () => {
    renderWithEvidence(routes, '/interventions?type=dyadic&country=Sweden');
    const card = (
      await screen.findByRole('heading', { level: 3, name: /Mother-Infant Psychoanalytic Treatment/ })
    ).closest('li');
    expect(card).toHaveTextContent('(our coding)');
    expect(card).toHaveTextContent('Parent and child sessions (dyadic)');
    expect(card).toHaveTextContent('2 trials (2 reports): 1 RCT; 1 before and after');
  });

  it('ignores an unknown filter with a notice', async () => {
    renderWithEvidence(routes, '/interventions?colour=red');
    expect(await screen.findByRole('region', { name: 'Part of this link was not understood' })).toHaveTextContent(
      'colour=red',
    );
    expect(await countStatus()).toHaveTextContent('Showing all 14 programmes');
  });

  it('names an unknown filter value in the notice', async () => {
    renderWithEvidence(routes, '/interventions?outcome=sleep');
    const notice = await screen.findByRole('region', { name: 'Part of this link was not understood' });
    expect(notice).toHaveTextContent('outcome=sleep');
    expect(notice).toHaveTextContent(
      '“sleep” is not one of the choices under “Outcome measured in its trials (our coding)”',
    );
  });

  it('keeps keyboard focus in the chip list when a chip is removed, then on the results heading', async () => {
    const user = userEvent.setup();
    renderWithEvidence(routes, '/interventions?type=attachment&type=dyadic');
    const chips = await screen.findByRole('list', { name: 'Filters in use' });
    await user.click(within(chips).getByRole('button', { name: /Remove filter Attachment-based/ }));
    expect(await within(chips).findByRole('button', { name: /Remove filter Dyadic/ })).toHaveFocus();
    await user.click(within(chips).getByRole('button', { name: /Remove filter Dyadic/ }));
    expect(await screen.findByRole('heading', { name: 'Programmes' })).toHaveFocus();
  }, 30_000);

  it('folds the filters behind a button that counts the active ones (shown on a phone), and opens them in place', async () => {
    const user = userEvent.setup();
    renderWithEvidence(routes, '/interventions?type=attachment&type=dyadic');
    const toggle = await screen.findByRole('button', { name: 'Filters (2 active)' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveClass('hidden', 'md:block');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveClass('hidden');
    expect(panel).toContainElement(screen.getByRole('form', { name: 'Filter interventions' }));
  });
});
