import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publishedDataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { buildDeck } from '../../domain/presentation/build-deck';
import { PresentPage } from './present-page';

const routes = [{ path: '/present/:slide?', Component: PresentPage }];
const deck = buildDeck(publishedDataset);

describe('PresentPage', () => {
  it('shows the slide named in the URL with its counter, and moves on with the arrow key', async () => {
    const { router } = renderWithEvidence(routes, '/present/2');
    expect(await screen.findByRole('heading', { level: 1, name: deck[1]?.title })).toBeInTheDocument();
    expect(screen.getByText(`Slide 2 of ${deck.length}`)).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByRole('heading', { level: 1, name: deck[2]?.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/present/3');
  });

  it('links every footnote marker to the source’s entry on the about page', async () => {
    const { container } = renderWithEvidence(routes, '/present/2');
    await screen.findByRole('heading', { level: 1, name: deck[1]?.title });
    // Queried by selector: the print-only handout, which jsdom does not hide, makes role queries slow here.
    const marker = container.querySelector('.deck-stage .slide-markers a');
    expect(marker).toHaveAttribute('href', expect.stringMatching(/^\/about#source-/));
    expect(marker).toHaveAccessibleName(/^Source 1: /);
  });

  it('says so when the slide number is out of range, with a link to slide 1', async () => {
    renderWithEvidence(routes, '/present/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Slide not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to slide 1' })).toHaveAttribute('href', '/present/1');
  });

  it('shows speaker notes in the handout only when asked for', async () => {
    renderWithEvidence(routes, '/present?view=handout');
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentation handout' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Speaker notes, slide 1' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Include speaker notes'));
    expect(screen.getByRole('heading', { name: 'Speaker notes, slide 1' })).toBeInTheDocument();
  });

  it('opens the handout with speaker notes when the address asks for them', async () => {
    renderWithEvidence(routes, '/present?view=handout&notes=yes');
    expect(await screen.findByLabelText('Include speaker notes')).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Speaker notes, slide 1' })).toBeInTheDocument();
  });

  it('gives the presenter the notes, the next slide and a timer', async () => {
    renderWithEvidence(routes, '/present/1?view=presenter');
    expect(
      await screen.findByRole('heading', { level: 1, name: `Presenter view: slide 1 of ${deck.length}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Next slide' })).toHaveTextContent(deck[1]?.title ?? '');
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
  });
});
