import type { ManifestEntry } from 'workbox-build';

/** Hashed file names: the name changes when the content does, so Workbox needs no revision to tell versions apart. */
const HASHED = /^\/assets\//;

/** The URL a file is requested by: prerendered pages by their clean path (`outcomes/index.html` → `/outcomes`). */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
  return `/${file}`;
}

/** Workbox's manifest with each page at its own address, and no revision on files whose names carry their hash. */
export function precacheEntries<Entry extends ManifestEntry>(entries: readonly Entry[]): Entry[] {
  return entries.map((entry) => {
    const url = precacheUrl(entry.url);
    return { ...entry, url, revision: HASHED.test(url) ? null : entry.revision };
  });
}
