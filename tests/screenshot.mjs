// Takes full-page screenshots of the built app for a person to look at: node tests/screenshot.mjs /outcomes [/about …]
// Needs `npm run build` and a preview server on port 4173 (npm run preview).
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const width = Number(process.env.WIDTH ?? 1280);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const path of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:4173${path}`);
  await page.waitForLoadState('networkidle');
  const file = `/tmp/shot${path.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
