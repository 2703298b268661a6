/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { prerender } from './scripts/prerender-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { writeServiceWorker } from './scripts/service-worker-build.ts';

// React Router's package exports point every bundler at its development build, warnings and all
// (remix-run/react-router#12532, #14753). The production build beside it is the same code with those removed. Only for
// `vite build`; tests and the dev server keep the warnings.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// In that build, components carry `X.displayName = "…"` assignments (for React DevTools) and unmarked
// `React.forwardRef(…)` calls at the top level. A bundler must keep them, and with them every component the app never
// uses (Form, ScrollRestoration, HistoryRouter, …). For the production build only, drop the names and mark the calls
// pure, so unused components are left out. With the production build: 1.8 KB gzip less on every page (docs/deploy.md).
const reactRouterTreeShaking = {
  name: 'under5s:react-router-tree-shaking',
  apply: 'build' as const,
  transform(code: string, id: string) {
    // Another entry point (react-router/dom, say) would bring the development build back, and with it a second copy
    // of the router's contexts: fail the build rather than ship that.
    if (id.includes('/node_modules/react-router/dist/development/')) {
      throw new Error(
        `${id} is React Router's development build: alias this entry point to dist/production in vite.config.ts`,
      );
    }
    if (!id.includes('/node_modules/react-router/dist/production/')) return null;
    const shaken = code
      .replace(/^\w+\.displayName = "[^"\n]*";$/gm, '')
      .replace(/^(var \w+ = )(React\d*\.(?:forwardRef|createContext)\()/gm, '$1/* @__PURE__ */ $2');
    if (shaken === code) return null;
    // Lines are kept one for one, so a line-level source map keeps a source-map build's size reports pointing home.
    const lineCount = code.split('\n').length;
    return {
      code: shaken,
      map: { version: 3, sources: [id], names: [], mappings: 'AAAA' + ';AACA'.repeat(lineCount - 1) },
    };
  },
};

// @stdlib's continued fractions (used by the incomplete gamma function) choose between two implementations by asking
// whether the engine has generators, and they ask by calling eval. The strict Content-Security-Policy forbids eval,
// and Chromium reports the attempt as a violation even though it is caught. Every browser the app supports has
// generators, so the answer is fixed here: true, the answer Node gives when the unit tests run the original.
const HAS_GENERATOR_SUPPORT = '\0under5s:has-generator-support';
const stdlibWithoutEval = {
  name: 'under5s:stdlib-without-eval',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === '@stdlib/assert-has-generator-support' ? HAS_GENERATOR_SUPPORT : null),
  load: (id: string) =>
    id === HAS_GENERATOR_SUPPORT ? 'module.exports = function hasGeneratorSupport() { return true; };' : null,
};

export default defineConfig(({ command }) => ({
  resolve: {
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  // prerender: every public page rendered to HTML after the build (scripts/prerender-plugin.ts); then the service
  // worker (dist/sw.js, Workbox) is built with every file of the build in its precache list, for offline use.
  plugins: [
    reactRouterTreeShaking,
    stdlibWithoutEval,
    react(),
    tailwindcss(),
    {
      // The strict CSP as a <meta> tag in built pages only: the dev server's client needs inline script.
      name: 'under5s:csp-meta',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    prerender({
      onPrerendered: async (_files, outDir) => {
        const { files, bytes } = await writeServiceWorker(outDir);
        console.log(`Service worker: ${files} files precached (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
      },
    }),
  ],
  build: {
    // Keep the report honest: we measure gzip sizes of real chunks.
    reportCompressedSize: true,
    // dist/.vite/manifest.json: which chunks each page loads, read by scripts/check-bundle-budget.ts.
    manifest: true,
    // Every browser the NHS uses supports <link rel=modulepreload>: no polyfill in the first script.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // The first script keeps one name, /app.js (served no-cache, revisioned by the service worker), where other
        // files keep a hash in theirs. Every chunk imports from it, and it names every page's chunk: with a hash in its
        // name, one page's change renamed it, then every chunk that imports it and every page that loads it, so a deploy
        // refetched most of the site. With a stable name, the unchanged files keep their bytes (docs/deploy.md).
        entryFileNames: 'app.js',
        codeSplitting: {
          // Without this, the group would also swallow what Recharts imports, React included.
          includeDependenciesRecursively: false,
          // Recharts and its dependencies in one named chunk, so that it is plain to see (and tested) which pages
          // load chart code. Only the lazily loaded charts import it.
          groups: [
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|d3-[a-z-]+|victory-vendor|es-toolkit|decimal\.js-light|internmap|use-sync-external-store|eventemitter3|tiny-invariant|clsx|react-is|@standard-schema)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./tests/setup-unit.ts'],
    restoreMocks: true,
    // Component tests render whole pages from the full dataset: about 1 s alone, but several times that on a shared
    // 2-core machine under load (a compare-page test once took over 5 s there). Time is not what these tests check.
    testTimeout: 20_000,
  },
}));
