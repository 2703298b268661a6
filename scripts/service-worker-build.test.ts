import { describe, expect, it } from 'vitest';
import { precacheUrl } from './service-worker-build';

describe('precacheUrl', () => {
  it('keeps prerendered pages under the address a person types', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('outcomes/index.html')).toBe('/outcomes');
    expect(precacheUrl('outcomes/maternal-depression/index.html')).toBe('/outcomes/maternal-depression');
  });

  it('keeps other files at their own path', () => {
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('data/evidence.json')).toBe('/data/evidence.json');
    expect(precacheUrl('assets/index-abc.js')).toBe('/assets/index-abc.js');
  });
});
