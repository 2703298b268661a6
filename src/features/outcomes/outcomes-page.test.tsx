import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { formatMidpoint } from '../../domain/format';
import { orientOutcomeResult } from '../../domain/plain-language/orientation';
import { OutcomesPage } from './outcomes-page';

describe('OutcomesPage', () => {
  it('says the midpoint column is turned, and shows each exact middle (audit P19, P28)', async () => {
    renderWithEvidence([{ path: '/outcomes', element: <OutcomesPage /> }], '/outcomes');
    expect(
      await screen.findByRole('columnheader', { name: /Midpoint, turned \(benefit positive\)/ }),
    ).toBeInTheDocument();
    for (const outcome of dataset.outcomes) {
      const oriented = orientOutcomeResult(outcome);
      if (!oriented) continue;
      const row = screen.getByRole('row', { name: new RegExp(outcome.name) });
      expect(row).toHaveTextContent(formatMidpoint(oriented.orientedMidpoint));
    }
  });

  it('explains each rounded interval with the caveat that the figures only just agree (audit P18)', async () => {
    renderWithEvidence([{ path: '/outcomes', element: <OutcomesPage /> }], '/outcomes');
    await screen.findByRole('heading', { level: 1 });
    expect(document.body.textContent).not.toMatch(/means the true low end was just above 0, so we count/);
  });
});
