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

  it('shows every problem of a failed import and opens no workspace', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByLabelText('Or paste a table (with its header row)'));
    await user.paste('a,b\n1,2');
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted table' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Line 1: the header does not name the columns of any layout');
    expect(screen.queryByTestId('row-count')).not.toBeInTheDocument();
  });
});
