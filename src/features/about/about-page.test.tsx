import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { AboutPage } from './about-page';

describe('AboutPage: what changed', () => {
  it('lists every dataset version, newest first, with its date and changes; earlier versions stay readable', async () => {
    renderWithEvidence([{ path: '/about', element: <AboutPage /> }], '/about');
    const section = await screen.findByRole('region', { name: 'What changed in each version' });
    const versions = within(section).getAllByRole('article');
    expect(versions).toHaveLength(dataset.changelog.length);
    dataset.changelog.forEach((version, index) => {
      const article = versions[index];
      if (!article) throw new Error('missing version');
      expect(article).toHaveAccessibleName(`Version ${version.version}`);
      expect(article).toHaveTextContent(version.summary);
      for (const change of version.changes) expect(article).toHaveTextContent(change.text);
    });
    expect(dataset.changelog[0]?.version).toBe(dataset.datasetVersion);
  }, 20_000);
});
