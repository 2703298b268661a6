// Measures, in Debian's Chromium, what a returning reader's service worker downloads for a deploy that changes one
// sentence on one page, against what it downloads on a first install.
//   npx tsx scripts/measure-deploy-update.ts
// Builds the working tree twice in temporary copies (as it is, then with one sentence of the about page reworded; the
// change never reaches the project), serves each in turn on one origin with scripts/serve-dist.mjs (gzip, as a host
// would), and sums the encoded bytes of every request the worker makes while it installs.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PAGE_FILE = 'src/features/about/about-page.tsx';
const SENTENCE = 'rated the quality of the studies.';
const REWORDED = 'rated how well each study was done.';
const COPIED = (source: string) => !/(^|\/)(node_modules|dist|\.git|test-results|playwright-report)(\/|$)/.test(source);

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${code}`))));
  });
}

/** A copy of the working tree, optionally changed, built into its own dist/. */
async function buildCopy(scratch: string, name: string, change?: (text: string) => string): Promise<string> {
  const root = join(scratch, name);
  await cp(process.cwd(), root, { recursive: true, filter: (source) => COPIED(source.slice(process.cwd().length)) });
  await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  if (change) {
    const file = join(root, PAGE_FILE);
    const text = await readFile(file, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`"${SENTENCE}" is no longer in ${PAGE_FILE}: choose another sentence`);
    await writeFile(file, changed);
  }
  await run('npx', ['vite', 'build', '--logLevel', 'warn'], root);
  return join(root, 'dist');
}

function serve(dir: string, port: number): Promise<{ server: ChildProcess; port: number }> {
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    server.stdout.on('data', (chunk: Buffer) => {
      const match = /:(\d+)\s*$/.exec(chunk.toString().trim());
      if (match?.[1]) resolve({ server, port: Number(match[1]) });
    });
  });
}

interface Tally {
  bytes: number;
  files: Map<string, number>;
}

/** Adds up what the page's service worker downloads (bodies as transferred, plus headers) until `done` resolves. */
async function tallyWorkerDownloads(page: Page, done: () => Promise<unknown>): Promise<Tally> {
  const tally: Tally = { bytes: 0, files: new Map() };
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('@playwright/test').Request) => {
    if (!request.serviceWorker()) return;
    pending.push(
      request.sizes().then((sizes) => {
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        tally.bytes += bytes;
        tally.files.set(new URL(request.url()).pathname, bytes);
      }),
    );
  };
  page.context().on('requestfinished', onFinished);
  await done();
  await Promise.all(pending);
  page.context().off('requestfinished', onFinished);
  return tally;
}

async function main(): Promise<void> {
  // Playwright reports a service worker's own requests only with this set (Chromium).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const scratch = await mkdtemp(join(tmpdir(), 'under5s-deploy-'));
  try {
    const before = await buildCopy(scratch, 'before');
    const after = await buildCopy(scratch, 'after', (text) => text.replace(SENTENCE, REWORDED));
    let served = await serve(before, 0);
    const origin = `http://127.0.0.1:${served.port}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    const first = await tallyWorkerDownloads(page, async () => {
      await page.goto(`${origin}/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
    });
    served.server.kill();
    served = await serve(after, served.port);
    const update = await tallyWorkerDownloads(page, () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const installing = registration.installing;
        if (!installing) throw new Error('the second build did not install a new worker');
        await new Promise<void>((resolve) =>
          installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()),
        );
      }),
    );
    served.server.kill();
    await browser.close();
    // The browser fetches sw.js itself, outside the worker: its compressed size is added to both, as served.
    const workerScript = async (dir: string) => gzipSync(await readFile(join(dir, 'sw.js')), { level: 9 }).length;
    first.bytes += await workerScript(before);
    update.bytes += await workerScript(after);
    update.files.set('/sw.js (fetched by the browser)', await workerScript(after));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`First install: ${kb(first.bytes)} (${first.bytes} bytes, ${first.files.size} files)`);
    console.log(
      `Update after one sentence on /about: ${kb(update.bytes)} (${update.bytes} bytes, ${update.files.size} files)`,
    );
    for (const [path, bytes] of update.files) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
    const share = update.bytes / first.bytes;
    console.log(`The update is ${(share * 100).toFixed(1)}% of the first install (aim: at most 33.3%).`);
    if (share > 1 / 3) process.exitCode = 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
