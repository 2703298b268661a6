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

// TanStack Query's QueryClient creates a mutation cache, and its Query knows infinite queries; a bundler must keep both
// (about 1.5 KB gzip on every page) though the app has one query, the dataset, and no mutation or infinite query. For
// the production build only, the two modules are replaced by stand-ins that keep what QueryClient calls (no
// mutations to find, resume or clear) and fail loudly if used. The build fails if the app starts to use either.
const QUERY_CORE = '/node_modules/@tanstack/query-core/build/modern/';
const QUERY_STAND_INS: Record<string, string> = {
  'mutationCache.js': [
    'const unavailable = () => { throw new Error("Mutations are left out of the build: see vite.config.ts"); };',
    'export class MutationCache {',
    '  findAll() { return []; }',
    '  resumePausedMutations() { return Promise.resolve(); }',
    '  clear() {}',
    '  build() { unavailable(); }',
    '  subscribe() { unavailable(); }',
    '}',
  ].join('\n'),
  'infiniteQueryBehavior.js': [
    'export function infiniteQueryBehavior() {',
    '  throw new Error("Infinite queries are left out of the build: see vite.config.ts");',
    '}',
    'export { infiniteQueryBehavior as hasNextPage, infiniteQueryBehavior as hasPreviousPage };',
  ].join('\n'),
};
const QUERY_FEATURES_LEFT_OUT =
  /\b(useMutation|useMutationState|useIsMutating|MutationObserver|getMutationCache|useInfiniteQuery|useSuspenseInfiniteQuery|infiniteQueryOptions|InfiniteQueryObserver|fetchInfiniteQuery|prefetchInfiniteQuery|ensureInfiniteQueryData)\b/;
const queryWithoutMutations = {
  name: 'under5s:query-without-mutations',
  apply: 'build' as const,
  load(id: string) {
    const at = id.indexOf(QUERY_CORE);
    return at === -1 ? null : (QUERY_STAND_INS[id.slice(at + QUERY_CORE.length)] ?? null);
  },
  transform(code: string, id: string) {
    if (id.includes('/node_modules/') || !/\/src\/.*\.tsx?$/.test(id)) return null;
    const used = QUERY_FEATURES_LEFT_OUT.exec(code);
    if (used) {
      throw new Error(
        `${id} uses ${used[1]}, which vite.config.ts leaves out of the build: remove under5s:query-without-mutations`,
      );
    }
    return null;
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
    queryWithoutMutations,
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
            {
              // The outcome verdicts' words (size, certainty reasons, rounding note), which many pages show and the
              // home page does not: one chunk, not one per file, since each extra file a page loads costs it bytes.
              name: 'outcome-words',
              test: /src[\\/]domain[\\/]plain-language[\\/](certainty|outcome-summary|size-words)\.ts$/,
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
