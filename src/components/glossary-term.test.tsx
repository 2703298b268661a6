import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { confidenceIntervalTerm } from '../domain/glossary/confidence-interval';
import { Term } from './glossary-term';

function renderTerm() {
  render(
    <MemoryRouter>
      <p>
        The <Term entry={confidenceIntervalTerm}>95% confidence interval</Term> is shown.
      </p>
      <button type="button">Next</button>
    </MemoryRouter>,
  );
  return screen.getByRole('link', { name: '95% confidence interval' });
}

describe('Term', () => {
  it('links to the glossary entry and carries the definition as its accessible description', () => {
    const link = renderTerm();
    expect(link).toHaveAttribute('href', '/glossary#confidence-interval');
    expect(link).toHaveAccessibleDescription(/95 in 100 ranges made this way would contain the true value/);
  });

  it('shows the definition on keyboard focus, hides it on Escape and on leaving', async () => {
    const user = userEvent.setup();
    renderTerm();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Confidence interval');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the definition on hover', async () => {
    const user = userEvent.setup();
    const link = renderTerm();
    await user.hover(link);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.unhover(link);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('Term on a touch screen', () => {
  it('opens the definition in place on a tap instead of following the link, and closes it on a second tap', async () => {
    const user = userEvent.setup();
    const link = renderTerm();
    await user.pointer({ keys: '[TouchA]', target: link });
    expect(screen.getByRole('tooltip')).toBeVisible();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Confidence interval');
    await user.pointer({ keys: '[TouchA]', target: link });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
