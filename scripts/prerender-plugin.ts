import react from '@vitejs/plugin-react';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

interface EntryServer {
  renderPage: (path: string, dataset: unknown) => Promise<{ html: string; title: string | undefined; status: number }>;
  prerenderPaths: (dataset: unknown) => string[];
  prerenderFile: (path: string) => string;
  parseEvidenceDataset: (raw: unknown) => unknown;
  hashText: (text: string) => string;
  NOT_FOUND_PATH: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * After the client build, renders every public page (src/app/prerender-paths.ts) to HTML with the built dataset, into
 * the built index.html, so text and charts show before any script runs. The dataset is validated first: an invalid
 * dataset fails the build. Each page is stamped with its path and the dataset's hash, which src/app/main.tsx compares
 * before hydrating. `onPrerendered` receives the written files (for the service worker's precache list).
 */
export function prerender(options: { onPrerendered?: (files: string[], outDir: string) => Promise<void> } = {}): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let skip = false;
  return {
    name: 'under5s:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      skip = Boolean(config.build.ssr) || Boolean(process.env.VITEST);
    },
    async closeBundle() {
      if (skip) return;
      // Vite's own SSR loader runs the app's source in Node; nothing extra is built or shipped.
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const entry = (await server.ssrLoadModule('/src/app/entry-server.tsx')) as EntryServer;
        const evidenceText = await readFile(join(outDir, 'data', 'evidence.json'), 'utf8');
        const dataset = entry.parseEvidenceDataset(JSON.parse(evidenceText));
        const evidenceHash = entry.hashText(evidenceText);
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to prerender into');
        const written: string[] = [];
        for (const path of [...entry.prerenderPaths(dataset), entry.NOT_FOUND_PATH]) {
          const { html, title } = await entry.renderPage(path, dataset);
          // React marks a Suspense boundary that failed on the server with <!--$!-->: the browser would then re-render it,
          // which shifts the page. Usually a component reads `window` while rendering.
          if (html.includes('<!--$!-->')) throw new Error(`Prerendering ${path}: part of the page failed to render on the server`);
          const page = template
            .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title ?? 'Under-5s Evidence Explorer')}</title>`)
            .replace(
              '</head>',
              `    <meta name="prerendered-path" content="${escapeHtml(path)}" />\n    <meta name="prerendered-evidence" content="${evidenceHash}" />\n  </head>`,
            );
          const file = entry.prerenderFile(path);
          await mkdir(dirname(join(outDir, file)), { recursive: true });
          await writeFile(join(outDir, file), page);
          written.push(file);
        }
        console.log(`Prerendered ${written.length} pages with dataset hash ${evidenceHash}`);
        await options.onPrerendered?.(written, outDir);
      } finally {
        await server.close();
      }
    },
  };
}
