/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { prerender } from './scripts/prerender-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { writeServiceWorker } from './scripts/service-worker-build.ts';

export default defineConfig({
  // prerender: every public page rendered to HTML after the build (scripts/prerender-plugin.ts); then the service
  // worker (dist/sw.js) is written with every file of the build in its precache list, for offline use.
  plugins: [
    react(),
    tailwindcss(),
    {
      // The strict CSP as a <meta> tag in built pages only: the dev server's client needs inline script.
      name: 'under5s:csp-meta',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    prerender({
      onPrerendered: async (_files, outDir) => {
        const { version, files } = await writeServiceWorker(outDir);
        console.log(`Service worker ${version}: ${files} files precached`);
      },
    }),
  ],
  build: {
    // Keep the report honest: we measure gzip sizes of real chunks.
    reportCompressedSize: true,
    // dist/.vite/manifest.json: which chunks each page loads, read by scripts/check-bundle-budget.mjs.
    manifest: true,
    // Every browser the NHS uses supports <link rel=modulepreload>: no polyfill in the first script.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Without this, the group would also swallow what Recharts imports, React included.
          includeDependenciesRecursively: false,
          // Recharts and its dependencies in one named chunk, so that it is plain to see (and tested) which pages
          // load chart code. Only the lazily loaded charts import it.
          groups: [{ name: 'recharts', test: /node_modules[\\/](recharts|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|d3-[a-z-]+|victory-vendor|es-toolkit|decimal\.js-light|internmap|use-sync-external-store|eventemitter3|tiny-invariant|clsx|react-is|@standard-schema)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./tests/setup-unit.ts'],
    restoreMocks: true,
  },
});
