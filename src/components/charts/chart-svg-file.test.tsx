import { describe, expect, it } from 'vitest';
import { chartSvgFile } from './export-image';

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
});
