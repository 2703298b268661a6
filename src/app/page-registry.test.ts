import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import publishedJson from '../../public/data/evidence.json';
import { BUDGETS, ENTRY } from '../../scripts/check-bundle-budget.ts';
import { precacheUrl } from '../../scripts/precache-manifest';
import { NAVIGATION, PAGE_LIST, pages, type PageId } from '../domain/pages/pages';
import { parseEvidenceDataset } from '../domain/evidence/parse-evidence';
import { pageSourcesFor } from './page-sources';
import { NOT_FOUND_PATH, prerenderFile, prerenderPaths } from './prerender-paths';
import { isUnknownAddress, lazyPages, pageIdsFor, routes } from './routes';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataset = parseEvidenceDataset(publishedJson);
const prerendered = prerenderPaths(dataset);
const registryIds = PAGE_LIST.map((page) => page.id);

/** The registry id of every route in the route tree, and the patterns of routes that are not a registry page. */
function routedPages(tree: readonly RouteObject[]): { ids: PageId[]; others: string[] } {
  const ids: PageId[] = [];
  const others: string[] = [];
  const visit = (route: RouteObject) => {
    const handle = route.handle as { pageId?: PageId } | undefined;
    if (handle?.pageId) ids.push(handle.pageId);
    else if (!route.children) others.push(route.path ?? '(index)');
    route.children?.forEach(visit);
  };
  tree.forEach(visit);
  return { ids, others };
}

describe('the page registry', () => {
  it('routes every page once, and routes nothing else but the not-found page', () => {
    const { ids, others } = routedPages(routes);
    expect(ids.toSorted()).toEqual(registryIds.toSorted());
    expect(others).toEqual(['*']);
  });

  it.each(PAGE_LIST)('$id: prerenders at least one address, each of them shown by this page', (page) => {
    const own = page.prerender({
      dataset,
      slideCount: prerendered.filter((path) => /^\/present\/\d/.test(path)).length,
    });
    expect(own.length).toBeGreaterThan(0);
    for (const path of own) {
      expect(pageIdsFor(path)).toEqual([page.id]);
      expect(isUnknownAddress(path)).toBe(false);
      expect(prerendered).toContain(path);
    }
  });

  it('prerenders each address once, and only addresses a page shows', () => {
    expect(new Set(prerendered).size).toBe(prerendered.length);
    for (const path of prerendered) expect(pageIdsFor(path)).toHaveLength(1);
    expect(isUnknownAddress(NOT_FOUND_PATH)).toBe(true);
  });

  it('writes each prerendered page where the service worker precaches it under its own address', () => {
    for (const path of prerendered) expect(precacheUrl(prerenderFile(path))).toBe(path);
  });

  it('gives every page a script budget, and budgets no page that is not in the registry', () => {
    expect(BUDGETS.map((budget) => budget.id).toSorted()).toEqual(registryIds.toSorted());
    for (const budget of BUDGETS) {
      expect(budget.budgetKb).toBeGreaterThan(0);
      expect(budget.load).toContain(ENTRY);
    }
  });

  it('links each navigation item to its own page', () => {
    expect(NAVIGATION.length).toBeGreaterThan(0);
    for (const item of NAVIGATION) expect(pageIdsFor(item.to)).toEqual([item.id]);
  });

  it('gives each address the source of its lazy page, and none for the home page or an unknown address', () => {
    expect(pageSourcesFor(pages.catalogue.href())).toEqual([pages.catalogue.source]);
    expect(pageSourcesFor(pages.presentation.href({ slide: 3 }))).toEqual([pages.presentation.source]);
    expect(pageSourcesFor(pages.home.href())).toEqual([]);
    expect(pageSourcesFor('/no-such-page')).toEqual([]);
  });

  // The build lists each page's files in its prerendered HTML from its source: a wrong one would preload the wrong code.
  it.each(PAGE_LIST)('$id: the component the registry names is in the module it names', async (page) => {
    const module = (await import(/* @vite-ignore */ resolve(projectRoot, page.source))) as Record<string, unknown>;
    expect(typeof module[page.component]).toBe('function');
    const lazy = lazyPages.get(page.id);
    if (page.load === 'lazy') expect(await lazy?.load()).toBe(module[page.component]);
    else expect(lazy).toBeUndefined();
  });
});
