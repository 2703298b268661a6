// Sums the encoded (as transferred) size of every script a page loads up to network idle, in Debian's Chromium: the
// compressed bodies (what a "KB gzip" budget counts) and the total with response headers.
//   npx tsx scripts/measure-scripts.ts http://127.0.0.1:4331/ [more URLs]
// Serve the build gzipped first (node scripts/serve-dist.mjs), since `vite preview` does not compress.
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const url of process.argv.slice(2)) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  const scripts = new Map<string, { url: string; bytes: number; body: number }>();
  client.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, { url: event.response.url, bytes: 0, body: 0 });
  });
  client.on('Network.dataReceived', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.body += event.encodedDataLength;
  });
  client.on('Network.loadingFinished', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.bytes = event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const total = [...scripts.values()].reduce((sum, script) => sum + script.bytes, 0);
  const bodies = [...scripts.values()].reduce((sum, script) => sum + script.body, 0);
  console.log(
    `${url}: ${(bodies / 1024).toFixed(1)} KB of compressed script (${bodies} bytes, ${scripts.size} files); ${(total / 1024).toFixed(1)} KB with response headers`,
  );
  for (const script of scripts.values())
    console.log(`  ${(script.body / 1024).toFixed(1).padStart(6)} KB  ${new URL(script.url).pathname}`);
  await context.close();
}
await browser.close();
