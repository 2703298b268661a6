import { describe, expect, it } from 'vitest';
import { pageHeadLinks } from './prerender-plugin';

// A build manifest in miniature: the entry shares React with the page, which has its own style sheet and a helper.
const manifest = {
  'index.html': { file: 'assets/index-a.js', imports: ['_react.js'], css: ['assets/index-a.css'] },
  '_react.js': { file: 'assets/react-b.js' },
  'src/page.tsx': { file: 'assets/page-c.js', imports: ['_react.js', '_helper.js'], css: ['assets/page-c.css'] },
  '_helper.js': { file: 'assets/helper-d.js', css: ['assets/index-a.css'] },
};

describe('pageHeadLinks', () => {
  it('names the page’s own scripts and style sheets, leaving out what the template already loads', () => {
    const links = pageHeadLinks(manifest, ['src/page.tsx'], '/');
    expect(links).toContain('<link rel="stylesheet" crossorigin href="/assets/page-c.css">');
    expect(links).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/page-c.js">');
    expect(links).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/helper-d.js">');
    expect(links).not.toContain('react-b.js');
    expect(links).not.toContain('index-a');
  });

  it('gives nothing for a page that ships with the first script', () => {
    expect(pageHeadLinks(manifest, [], '/')).toBe('');
  });

  it('fails the build when a page’s source path is not in the manifest', () => {
    expect(() => pageHeadLinks(manifest, ['src/renamed-page.tsx'], '/')).toThrow(/not in the build manifest/);
  });
});
