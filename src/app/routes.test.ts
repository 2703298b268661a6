import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGE_SOURCES, pageSourcesFor } from './page-sources';
import { pages } from './routes';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the lazy pages', () => {
  // The build lists each page's files in its prerendered HTML from these paths: a wrong one would preload the wrong code.
  it.each(Object.entries(pages))('%s: PAGE_SOURCES names the module it loads', async (key, page) => {
    const source = PAGE_SOURCES[key as keyof typeof pages];
    const module = (await import(/* @vite-ignore */ resolve(projectRoot, source))) as Record<string, unknown>;
    expect(Object.values(module)).toContain(await page.load());
  });

  it('gives each address the source of its page, and none for the home page or an unknown address', () => {
    expect(pageSourcesFor('/interventions')).toEqual([PAGE_SOURCES.catalogue]);
    expect(pageSourcesFor('/outcomes/maternal-depression')).toEqual([PAGE_SOURCES.outcome]);
    expect(pageSourcesFor('/present/3')).toEqual([PAGE_SOURCES.presentation]);
    expect(pageSourcesFor('/')).toEqual([]);
    expect(pageSourcesFor('/no-such-page')).toEqual([]);
  });
});
