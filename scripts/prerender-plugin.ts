import react from '@vitejs/plugin-react';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

interface EntryServer {
  pageSourcesFor: (path: string) => string[];
  renderPage: (path: string, dataset: unknown) => Promise<{ html: string; title: string | undefined; status: number }>;
  prerenderPaths: (dataset: unknown) => string[];
  prerenderFile: (path: string) => string;
  parseEvidenceDataset: (raw: unknown) => unknown;
  hashText: (text: string) => string;
  NOT_FOUND_PATH: string;
}

/** A chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The script and style files a set of manifest entries load up front, following static imports only. */
export function filesLoadedBy(
  manifest: Record<string, ManifestChunk>,
  keys: readonly string[],
): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(
        `"${key}" is not in the build manifest: is the source path given to lazyPage in src/app/routes.tsx right?`,
      );
    if (scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) styles.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { scripts, styles };
}

/**
 * The <link> tags that let a prerendered page fetch its own page's code and styles while the HTML is read, rather than
 * after the first script has run: the page's styles are there before it is first drawn (nothing shifts when its code
 * arrives), and its scripts download alongside the first script, so the page answers clicks sooner. The scripts ask
 * for low priority, so that they do not hold up the style sheets the first paint waits for (Lighthouse figures before and
 * after: docs/deploy.md). Files the template already loads are left out.
 */
export function pageHeadLinks(
  manifest: Record<string, ManifestChunk>,
  pageSources: readonly string[],
  base: string,
): string {
  const fromTemplate = filesLoadedBy(manifest, ['index.html']);
  const page = filesLoadedBy(manifest, pageSources);
  const styles = [...page.styles].filter((file) => !fromTemplate.styles.has(file));
  const scripts = [...page.scripts].filter((file) => !fromTemplate.scripts.has(file));
  return [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">\n    `),
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${base}${file}">\n    `),
  ].join('');
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * After the client build, renders every public page (src/app/prerender-paths.ts) to HTML with the built dataset, into
 * the built index.html, so text and charts show before any script runs. The dataset is validated first: an invalid
 * dataset fails the build. Each page is stamped with its path and the dataset's hash, which src/app/main.tsx compares
 * before hydrating. `onPrerendered` receives the written files (for the service worker's precache list).
 */
export function prerender(
  options: { onPrerendered?: (files: string[], outDir: string) => Promise<void> } = {},
): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let skip = false;
  let base = '/';
  return {
    name: 'under5s:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      skip = Boolean(config.build.ssr) || Boolean(process.env.VITEST);
    },
    buildEnd(error) {
      // The bundler still calls closeBundle after a failed build: leave its error to be the one reported.
      if (error) skip = true;
    },
    renderError() {
      skip = true;
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
        const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
          string,
          ManifestChunk
        >;
        if (!template.includes('<div id="root"></div>'))
          throw new Error('index.html has no empty <div id="root"></div> to prerender into');
        const written: string[] = [];
        for (const path of [...entry.prerenderPaths(dataset), entry.NOT_FOUND_PATH]) {
          const { html, title } = await entry.renderPage(path, dataset);
          // React marks a Suspense boundary that failed on the server with <!--$!-->: the browser would then re-render it,
          // which shifts the page. Usually a component reads `window` while rendering.
          if (html.includes('<!--$!-->'))
            throw new Error(`Prerendering ${path}: part of the page failed to render on the server`);
          const page = template
            .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title ?? 'Under-5s Evidence Explorer')}</title>`)
            .replace(
              '</head>',
              `  ${pageHeadLinks(manifest, entry.pageSourcesFor(path), base)}<meta name="prerendered-path" content="${escapeHtml(path)}" />\n    <meta name="prerendered-evidence" content="${evidenceHash}" />\n  </head>`,
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
