import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A copy of the build, served by scripts/serve-dist.mjs on a free port of its own, that a test may change. */
export interface ServedCopy {
  origin: string;
  /** Rewrites a built file, as a publisher or a deploy would. */
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  close: () => Promise<void>;
}

export async function serveDistCopy(): Promise<ServedCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'under5s-dist-'));
  await cp('dist', dir, { recursive: true });
  const server = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--dir', dir, '--port', '0', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve-dist exited with ${String(code)}: ${output}`)));
  });
  return {
    origin,
    edit: async (file, change) => {
      const path = join(dir, file);
      await writeFile(path, change(await readFile(path, 'utf8')));
    },
    close: async () => {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until a service worker controls the page: from then on it has kept every page and the dataset. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}
