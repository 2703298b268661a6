import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages, pageSourcesFor } from './routes';

describe('the lazy pages', () => {
  // The build lists each page's files in its prerendered HTML from `source`: a wrong path would preload the wrong code.
  it.each(Object.entries(pages))('%s names the module it loads', async (_name, page) => {
    const module = (await import(/* @vite-ignore */ resolve(page.source))) as Record<string, unknown>;
    expect(Object.values(module)).toContain(await page.load());
  });

  it('gives each address the source of its page, and none for the home page or an unknown address', () => {
    expect(pageSourcesFor('/interventions')).toEqual([pages.catalogue.source]);
    expect(pageSourcesFor('/outcomes/maternal-depression')).toEqual([pages.outcome.source]);
    expect(pageSourcesFor('/present/3')).toEqual([pages.presentation.source]);
    expect(pageSourcesFor('/')).toEqual([]);
    expect(pageSourcesFor('/no-such-page')).toEqual([]);
  });
});
