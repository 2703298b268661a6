import { describe, expect, it } from 'vitest';
import { precacheEntries, precacheUrl } from './precache-manifest';

describe('precacheUrl', () => {
  it('keeps prerendered pages under the address a person types', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('outcomes/index.html')).toBe('/outcomes');
    expect(precacheUrl('outcomes/maternal-depression/index.html')).toBe('/outcomes/maternal-depression');
  });

  it('keeps other files at their own path', () => {
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('data/example-rayce-2017.csv')).toBe('/data/example-rayce-2017.csv');
    expect(precacheUrl('assets/index-abc.js')).toBe('/assets/index-abc.js');
  });
});

describe('precacheEntries', () => {
  it('revisions files by content, except hashed assets, whose name changes with their content', () => {
    expect(
      precacheEntries([
        { url: 'about/index.html', revision: 'r1', size: 10 },
        { url: 'assets/about-page-abc.js', revision: 'r2', size: 20 },
        { url: 'favicon.svg', revision: 'r3', size: 30 },
      ]),
    ).toEqual([
      { url: '/about', revision: 'r1', size: 10 },
      { url: '/assets/about-page-abc.js', revision: null, size: 20 },
      { url: '/favicon.svg', revision: 'r3', size: 30 },
    ]);
  });
});
