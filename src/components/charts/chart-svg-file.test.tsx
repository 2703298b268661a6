import { describe, expect, it } from 'vitest';
import { chartSvgFile, MAX_CANVAS_SIDE, pngScaleWithin, PngTooLargeError } from './export-image';

describe('chartSvgFile', () => {
  it('keeps a hostile name as text in the exported file, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const file = await chartSvgFile(
      <svg viewBox="0 0 300 100" width="100%" className="chart">
        <text x={10} y={20}>
          {hostile}
        </text>
      </svg>,
      hostile,
    );
    const parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('img, script')).toBeNull();
    expect(parsed.querySelector('text')?.textContent).toBe(hostile);
    expect(parsed.querySelector('title')?.textContent).toBe(hostile);
    expect(parsed.documentElement.getAttribute('width')).toBe('300');
  });

  it('drops control characters and lone surrogates, so the file stays valid XML (issue 19)', async () => {
    const name = 'Mül\u0001ler\u0007 \u001b[31m\uD800 2001\tand\u000bmore';
    const file = await chartSvgFile(
      <svg viewBox="0 0 300 100" width="100%">
        <text x={10} y={20}>
          {name}
        </text>
      </svg>,
      name,
    );
    const parsed = new DOMParser().parseFromString(file, 'application/xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('text')?.textContent).toBe('Müller [31m 2001\tandmore');
  });
});

describe('pngScaleWithin', () => {
  it('draws at print resolution when the canvas allows, and less when it does not', () => {
    expect(pngScaleWithin(1200, 800)).toBe(2);
    const tall = pngScaleWithin(1200, 12_000);
    expect(tall).toBeGreaterThanOrEqual(1);
    expect(12_000 * tall).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
  it('refuses a drawing too large to read as one image, pointing to the SVG', () => {
    expect(() => pngScaleWithin(1200, 600 * 44)).toThrow(PngTooLargeError);
    expect(() => pngScaleWithin(1200, 600 * 44)).toThrow(/Download the SVG instead/);
  });
});
