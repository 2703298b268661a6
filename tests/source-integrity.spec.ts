import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { prerenderFile, prerenderPaths } from '../src/app/prerender-paths';
import { parseEvidenceDataset } from '../src/domain/evidence/parse-evidence';
import { copiesWithOriginals, findLeaks } from '../src/domain/evidence/public-text-checks';
import { waitForApp } from './helpers/ready';

// Issue 17 part 5 and audit P5, P16, P17: every prerendered page (the list comes from the page registry, as the build
// makes it) is opened as a reader would, once the app has taken it over. Across all of them: no internal link, with
// its fragment, points at a page or an anchor that is not there; no search note or field name is shown; and no page
// links a copy (staging site, mirror, document-sharing site) where the original is in our sources.

const dataset = parseEvidenceDataset(
  JSON.parse(readFileSync(new URL('../public/data/evidence.json', import.meta.url), 'utf8')) as unknown,
);
const paths = prerenderPaths(dataset);
const copies = copiesWithOriginals(dataset);

interface PageReport {
  path: string;
  ids: string[];
  links: string[];
  text: string;
}

test('every prerendered page: 0 broken internal links or fragments, 0 leaked notes, 0 mirrors with an original', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  expect(paths.length).toBeGreaterThan(0);
  // The registry's list is what the build wrote.
  for (const path of paths)
    expect(existsSync(new URL(`../dist/${prerenderFile(path)}`, import.meta.url)), path).toBe(true);

  const reports: PageReport[] = [];
  for (const path of paths) {
    await page.goto(path);
    await waitForApp(page);
    const report = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      links: [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
      text: document.body.innerText,
    }));
    reports.push({ path, ...report });
  }

  const byPath = new Map(reports.map((report) => [report.path, report]));
  const broken: string[] = [];
  const leaks: string[] = [];
  const mirrors: string[] = [];
  for (const report of reports) {
    for (const href of report.links) {
      const url = new URL(href);
      if (url.origin !== origin) {
        if (copies.has(href) || copies.has(decodeURI(href))) mirrors.push(`${report.path} → ${href}`);
        continue;
      }
      if (url.pathname.startsWith('/data/') || /\.[a-z0-9]+$/i.test(url.pathname)) continue;
      const target = byPath.get(url.pathname === '/' ? '/' : url.pathname.replace(/\/$/, ''));
      if (!target) {
        // A page the registry does not prerender (e.g. /compare?type=…) is opened on its own to check its fragment.
        if (!paths.includes(url.pathname)) broken.push(`${report.path} → ${url.pathname} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.includes(fragment)) broken.push(`${report.path} → ${url.pathname}#${fragment}`);
    }
    for (const leak of findLeaks(report.text)) leaks.push(`${report.path}: ${leak.name}: “${leak.context}”`);
  }
  expect(broken, 'internal links whose page or anchor is missing').toEqual([]);
  expect(leaks, 'search notes, field names or file names shown to readers').toEqual([]);
  expect(mirrors, 'copies linked where our sources hold the original').toEqual([]);
});
