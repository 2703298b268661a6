import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('says each outcome’s verdict once: no sentence is printed twice in its entry (audit P17)', async () => {
    renderWithEvidence([{ path: '/', element: <HomePage /> }], '/');
    for (const outcome of dataset.outcomes) {
      const link = await screen.findByRole('link', { name: outcome.name });
      const entry = link.closest('li');
      const sentences = (entry?.textContent ?? '').match(/[A-Z][^.!?]*[.!?]/g) ?? [];
      expect(sentences.length).toBeGreaterThan(0);
      expect(new Set(sentences).size, outcome.id).toBe(sentences.length);
      expect(entry).toHaveTextContent(summariseOutcome(outcome, dataset.review).statement);
    }
  });
});
