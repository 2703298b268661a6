import { expect, test } from '@playwright/test';
import { waitForApp } from './helpers/ready';

// Pages with their own code and styles: a list page, an outcome page with its chart, the full-screen slides, the
// lesson and a family page (the last three have their own style sheets).
const PAGES = [
  '/interventions',
  '/outcomes/infant-attachment',
  '/present/1',
  '/learn/forest-plot',
  '/families/maternal-depression',
];

/** The addresses of the files a page's HTML asks for in its <head>, by kind of link. */
function headLinks(html: string): { scripts: Set<string>; styles: Set<string> } {
  const head = html.slice(0, html.indexOf('</head>'));
  const hrefs = (pattern: RegExp) => new Set([...head.matchAll(pattern)].map((match) => match[1] ?? ''));
  const scripts = hrefs(/<link rel="modulepreload"[^>]* href="([^"]+)"/g);
  for (const source of hrefs(/<script type="module"[^>]* src="([^"]+)"/g)) scripts.add(source);
  return { scripts, styles: hrefs(/<link rel="stylesheet"[^>]* href="([^"]+)"/g) };
}

// A phone and a projector: what wraps differs.
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1280, height: 720 },
];

for (const path of PAGES)
  for (const viewport of VIEWPORTS) {
    test(`${path} as served names every script and style sheet it starts with, and nothing moves when the app takes it over (${viewport.name})`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize(viewport);
      const html = await (await request.get(path)).text();
      const named = headLinks(html);

      const fetched: { url: string; type: string }[] = [];
      page.on('request', (sent) => {
        if (['script', 'stylesheet'].includes(sent.resourceType()))
          fetched.push({ url: new URL(sent.url()).pathname, type: sent.resourceType() });
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await waitForApp(page);

      // Start-up fetched no script or style the HTML had not already named: the page's own code downloaded alongside
      // the first script, and its styles were there before it was first drawn.
      const unnamed = fetched.filter(({ url, type }) => !(type === 'script' ? named.scripts : named.styles).has(url));
      expect(unnamed).toEqual([]);
      expect(fetched.length).toBeGreaterThan(0);

      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    });
  }
