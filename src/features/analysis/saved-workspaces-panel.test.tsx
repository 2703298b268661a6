import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SavedWorkspacesPanel, unreadableMessage } from './saved-workspaces-panel';

describe('SavedWorkspacesPanel', () => {
  it('shows an unreadable record as a plain sentence, never the validator’s text, and lets it be deleted', async () => {
    const onDelete = vi.fn();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(
      <SavedWorkspacesPanel
        stored={{ workspaces: [], unreadable: [{ key: 'w-broken', problems: ['settings.method: Invalid option'] }] }}
        currentId={undefined}
        onOpen={() => undefined}
        onDelete={onDelete}
      />,
    );
    expect(screen.getByText(/A saved workspace could not be read/)).toBeInTheDocument();
    expect(screen.queryByText(/Invalid option/)).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete unreadable saved workspace 1' }));
    expect(onDelete).toHaveBeenCalledWith('w-broken');
  });

  it('says reload for a record from a newer version of the page', () => {
    expect(unreadableMessage(['the workspace was saved by a newer version of the app (format 9)'])).toMatch(/Reload/);
  });
});
