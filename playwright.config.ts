import { defineConfig } from '@playwright/test';
import { ORIGIN, TEST_PORT } from './tests/helpers/origin';

// Debian's Chromium, never a downloaded browser. The flags stop Chromium calling home, which this network refuses.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // 60 s: axe over a long page and a PDF print took 20-30 s on a loaded 2-core machine; time is not what the tests check.
  timeout: 60_000,
  use: {
    baseURL: ORIGIN,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the production build made by `npm run build` as a static host would: each prerendered page at its
    // address, 404.html for unknown ones, gzip, and the headers in dist/_headers (CSP). `vite preview` does neither.
    command: `node scripts/serve-dist.mjs --host 127.0.0.1 --port ${TEST_PORT}`,
    url: ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
