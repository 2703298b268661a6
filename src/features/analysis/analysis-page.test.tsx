import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AnalysisPage } from './analysis-page';

// IndexedDB is not in jsdom: the store is replaced by an in-memory one, as the browser test checks the real thing.
const memory = new Map<string, unknown>();
vi.mock('../../data/workspace-store', () => ({
  listWorkspaces: () => Promise.resolve({ workspaces: [...memory.values()], unreadable: [] }),
  loadWorkspace: (id: string) => Promise.resolve(memory.get(id) ?? null),
  saveWorkspace: (workspace: { id: string }) => {
    memory.set(workspace.id, workspace);
    return Promise.resolve();
  },
  deleteWorkspace: (id: string) => Promise.resolve(void memory.delete(id)),
}));

function renderPage() {
  const router = createMemoryRouter([{ path: '/analysis', element: <AnalysisPage /> }], {
    initialEntries: ['/analysis'],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('AnalysisPage', () => {
  it('pools a pasted table, lists its bad rows and keeps the settings in the URL', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const router = renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study,yi,vi\nA,0.1,0.04\nB,0.5,0.09\nC,x,0.1\nD,0.3,0.05');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    expect(await screen.findByTestId('row-count')).toHaveTextContent(
      '3 of 4 rows analysed; 1 could not be used (listed below).',
    );
    expect(
      within(screen.getByRole('region', { name: 'Rows that could not be used' })).getByText(
        /Line 4, column “yi”: "x" is not a number/,
      ),
    ).toBeInTheDocument();
    // The wide and narrow drawings are both in the DOM; CSS shows one (jsdom has no CSS).
    expect(screen.getAllByRole('img', { name: /Forest plot of 3 studies/ }).length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByLabelText('Method'), 'FE');
    expect(router.state.location.search).toMatch(/method=FE/);
    expect(screen.getByTestId('i2')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Include A (line 2)' }));
    expect(router.state.location.search).toMatch(/exclude=2/);
    expect(screen.getByText('Studies').nextElementSibling).toHaveTextContent('2');
  });

  it('offers Mantel–Haenszel and Peto for counts, as fixed effects with a z test', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const router = renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study,ai,bi,ci,di\nA,4,119,11,128\nB,6,300,29,274\nC,3,228,11,209');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    await screen.findByTestId('row-count');
    await user.selectOptions(screen.getByLabelText('Method'), 'MH');
    expect(router.state.location.search).toMatch(/method=FE/);
    expect(router.state.location.search).toMatch(/counts=MH/);
    expect(screen.getByText('Method', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^Mantel–Haenszel fixed effect \(metafor’s rma\.mh\(measure = "RR"\)\), z test; p = /,
    );
    // Knapp–Hartung is not defined for these methods: the choice gives way to a sentence saying so.
    expect(screen.queryByLabelText('Test and interval')).not.toBeInTheDocument();
    expect(screen.getByTestId('counts-pooling-test')).toHaveTextContent('fixed-effect methods with a z test');

    // Peto gives odds ratios only: with risk ratios it says what to change.
    await user.selectOptions(screen.getByLabelText('Method'), 'PETO');
    const pooledSection = screen.getByRole('region', { name: 'Pooled result' });
    expect(await within(pooledSection).findByText(/Peto’s method gives an odds ratio only/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Ratio'), 'OR');
    expect(await screen.findByText('Method', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByText('Method', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^Peto fixed effect \(metafor’s rma\.peto\(\)\), z test; p = /,
    );

    await user.selectOptions(screen.getByLabelText('Method'), 'REML');
    expect(router.state.location.search).toMatch(/counts=IV/);
    expect(screen.getByLabelText('Test and interval')).toBeInTheDocument();
  });

  it('opens the mapping step for unrecognised columns, and saves nothing until they are used', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('a,b\n1,2');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    const step = await screen.findByRole('region', { name: /Match the columns of/ });
    expect(within(step).getByTestId('mapping-summary')).toHaveTextContent('No rows can be analysed');
    expect(within(step).getByRole('button', { name: 'Use these columns' })).toBeDisabled();
    expect(screen.queryByTestId('row-count')).not.toBeInTheDocument();
  });

  it('pools a table headed "Study, Hedges g, SE" once its columns are matched by hand', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('Study,Hedges g,SE\nA,0.1,0.2\nB,0.5,0.3\nC,0.3,0.22');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    const step = await screen.findByRole('region', { name: /Match the columns of/ });
    expect(within(step).getByRole('region', { name: 'First rows of the file' })).toHaveTextContent('Hedges g');
    await user.selectOptions(within(step).getByLabelText('Layout'), 'yi-sei');
    await user.selectOptions(within(step).getByLabelText('Effect size (yi)'), 'Hedges g');
    await user.selectOptions(within(step).getByLabelText('Standard error (sei)'), 'SE');
    expect(within(step).getByTestId('mapping-summary')).toHaveTextContent('3 of 3 rows can be analysed');
    await user.click(within(step).getByRole('button', { name: 'Use these columns' }));
    expect(await screen.findByTestId('row-count')).toHaveTextContent('3 of 3 rows analysed.');
    expect(screen.getByTestId('pooled-estimate')).toBeInTheDocument();
    // The mapping is kept with the saved workspace.
    const saved = [...memory.values()].at(-1) as { mapping: Record<string, string>; layout: string };
    expect(saved.layout).toBe('yi-sei');
    expect(saved.mapping).toMatchObject({ yi: 'Hedges g', sei: 'SE' });
  });

  it('does not overwrite a save made by another tab: it says so and lets the reader choose', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study,yi,vi\nA,0.1,0.04\nB,0.5,0.09\nD,0.3,0.05');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    await screen.findByTestId('row-count');
    await screen.findByText(/^Saved “/);
    const id = [...memory.keys()].at(-1) ?? '';
    const theirs = { ...(memory.get(id) as object), savedAt: '2099-01-01T00:00:00.000Z', name: 'Other tab' };
    memory.set(id, theirs);
    await user.selectOptions(screen.getByLabelText('Method'), 'DL');
    const notice = await screen.findByTestId('save-conflict');
    expect(notice).toHaveTextContent('was changed in another tab');
    expect(memory.get(id)).toBe(theirs);
    await user.click(within(notice).getByRole('button', { name: 'Keep this tab’s version' }));
    await screen.findByText(/^Saved “/);
    expect((memory.get(id) as { settings: { method: string } }).settings.method).toBe('DL');
  });

  it('explains Knapp-Hartung on identical effects in a plain sentence, and warns on fixed effect with it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study,yi,vi\nA,0.3,0.01\nB,0.3,0.02\nC,0.3,0.04');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    await screen.findByTestId('row-count');
    await user.selectOptions(screen.getByLabelText('Test and interval'), 'knha');
    expect(await screen.findByTestId('pool-warning-knha-no-spread')).toHaveTextContent('standard error is 0');
    expect(screen.getByTestId('pooled-result')).toHaveTextContent('no p-value');
    expect(document.body).not.toHaveTextContent(/too extreme|not a finite number/);
    await user.selectOptions(screen.getByLabelText('Method'), 'FE');
    expect(await screen.findByTestId('pool-warning-knha-with-fe')).toHaveTextContent(
      'Knapp & Hartung method is not meant to be used in the context of FE models',
    );
  });

  it('reads a semicolon file with decimal commas as such, and says so', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study;yi;vi\nA;0,1;0,04\nB;0,5;0,09\nC;0,3;0,05');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    expect(await screen.findByTestId('row-count')).toHaveTextContent('3 of 3 rows analysed.');
    expect(await screen.findByText(/written with decimal commas/)).toBeInTheDocument();
    expect(screen.getByLabelText('Decimals in the file are written with')).toHaveValue('comma');
  });

  it('with Knapp-Hartung and a one-study subgroup, pools the others and shows both subgroup tests, named', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('study,yi,vi,group\nA,0.1,0.04,a\nB,0.3,0.05,a\nC,0.6,0.03,b\nD,0.5,0.06,b\nE,0.9,0.02,c');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    await screen.findByTestId('row-count');
    await user.selectOptions(screen.getByLabelText('Test and interval'), 'knha');
    await user.selectOptions(screen.getByLabelText('Split into subgroups by'), 'group');
    const table = await screen.findByRole('region', { name: 'Subgroups table' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(table).toHaveTextContent('Not pooled: it has one study, and the Knapp–Hartung test needs at least two.');
    expect(screen.getByTestId('subgroup-test')).toHaveTextContent(
      /own τ².*RevMan.*the 2 subgroups that could be pooled.*Q = /,
    );
    expect(screen.getByTestId('subgroup-moderator-test')).toHaveTextContent(
      /rma\(yi, vi, mods = ~ group\).*F = .* on 2 and 2 df/,
    );
    expect(document.body).not.toHaveTextContent(/subgroupAnalysis|pool:|Knapp-Hartung test needs/);
  });
});
