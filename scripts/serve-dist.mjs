#!/usr/bin/env node
// @ts-check
// A tiny static server for the built folder, gzip-compressed like a real host or CDN, with the cache rules of
// docs/deploy.md. `vite preview` does not compress, so size and Lighthouse figures are measured through this.
//   node scripts/serve-dist.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--spa]
// The same rules as docs/deploy.md: a prerendered page for each route (`/outcomes` → outcomes/index.html), the app's
// own not-found page (404.html, status 404) for anything else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** @type {(name: string, fallback: string) => string} */
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? process.argv[index + 1] : undefined;
  return value || fallback;
};
const root = resolve(argument('dir', 'dist'));
const port = Number(argument('port', '4173'));
const host = argument('host', '127.0.0.1');
// --spa: answer unknown paths with index.html and 200, as a single-page app without prerendered pages needs.
const spa = process.argv.includes('--spa');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/**
 * Cache rules: hashed files never change; everything else (pages, /app.js, the dataset, sw.js) is checked with the
 * server on each use, which answers 304 when the browser's copy is still the current one (an ETag of the content).
 * @param {string} path
 */
function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** @param {string} pathname @returns {Promise<{ full: string; path: string } | null>} */
async function findFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [safe, join(safe, 'index.html'), `${safe.replace(/\/$/, '')}.html`];
  for (const candidate of candidates) {
    const full = join(root, candidate);
    if (!full.startsWith(root)) continue;
    try {
      if ((await stat(full)).isFile()) return { full, path: candidate };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const headersFile = join(root, '_headers');
/** @type {Record<string, string>} */
let sharedHeaders = {};
try {
  // The CSP and other headers the build writes for hosts (Netlify/Cloudflare-style `_headers`); lines under "/*" apply to all.
  const text = await readFile(headersFile, 'utf8');
  let inAll = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      if (name) sharedHeaders[name.trim()] = value.join(':').trim();
    }
  }
} catch {
  sharedHeaders = {};
}

/** Compressed once per file version, as a host or CDN serves precompressed files: no per-request compression delay. */
/** @type {Map<string, { modified: number; body: Buffer }>} */
const compressed = new Map();
/** @param {string} full @param {Buffer} body @param {number} modified */
function gzipOnce(full, body, modified) {
  const cached = compressed.get(full);
  if (cached && cached.modified === modified) return cached.body;
  const zipped = gzipSync(body, { level: 9 });
  compressed.set(full, { modified, body: zipped });
  return zipped;
}

/** An ETag made from the file's content, so that an unchanged file of a new deploy still answers 304. */
/** @type {Map<string, { modified: number; etag: string }>} */
const etags = new Map();
/** @param {string} full @param {Buffer} body @param {number} modified */
function etagOnce(full, body, modified) {
  const cached = etags.get(full);
  if (cached && cached.modified === modified) return cached.etag;
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
  etags.set(full, { modified, etag });
  return etag;
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', `http://${host}`);
    let found = await findFile(url.pathname);
    let status = 200;
    if (!found) {
      found = spa ? await findFile('/index.html') : ((await findFile('/404.html')) ?? (await findFile('/index.html')));
      status = spa ? 200 : 404;
    }
    if (!found) {
      response.writeHead(404).end('Not found');
      return;
    }
    const extension = extname(found.full);
    /** @type {Buffer} */
    let body = await readFile(found.full);
    const modified = (await stat(found.full)).mtimeMs;
    const etag = etagOnce(found.full, body, modified);
    /** @type {Record<string, string | number>} */
    const headers = {
      ...sharedHeaders,
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(found.path.replaceAll('\\', '/')),
      Vary: 'Accept-Encoding',
      ETag: etag,
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipOnce(found.full, body, modified);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});

// --port 0 takes any free port: the line below names the one taken (browser tests read it).
server.listen(port, host, () => {
  const address = server.address();
  console.log(
    `Serving ${root} gzipped at http://${host}:${typeof address === 'object' && address ? address.port : port}`,
  );
});
