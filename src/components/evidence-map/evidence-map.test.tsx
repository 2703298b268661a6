import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EvidenceMapEntry, EvidenceMapRow } from '../../domain/evidence/catalogue';
import { DOMAINS } from '../../domain/evidence/vocabulary';
import { EvidenceMap } from './evidence-map';
import { evidenceMapSvgFile } from './evidence-map-export';

const entry = (direction: EvidenceMapEntry['direction']): EvidenceMapEntry => ({
  sampleId: 't',
  label: 'c',
  comparison: 'controlled',
  direction,
  findings: [],
});
const emptyCells = () =>
  Object.fromEntries(DOMAINS.map((domain) => [domain, []])) as unknown as EvidenceMapRow['cells'];
const rows: EvidenceMapRow[] = [
  { programmeId: 'a', name: 'Alpha <b>', cells: { ...emptyCells(), attachment: [entry('improved'), entry('mixed')] } },
  { programmeId: 'b', name: 'Beta', cells: { ...emptyCells(), parenting: [entry('no-difference')] } },
];

describe('EvidenceMap', () => {
  it('renders on the server as SVG with a viewBox and no measured size, a phone and a wide drawing', () => {
    const markup = renderToStaticMarkup(<EvidenceMap rows={rows} description="Evidence map of 2 programmes." />);
    expect(markup).toMatch(/<svg[^>]*viewBox="0 0 800 \d+"/);
    expect(markup).toMatch(/<svg[^>]*viewBox="0 0 340 \d+"/);
    expect(markup).not.toMatch(/<svg[^>]*\sheight="/);
    // Three findings, drawn once in each drawing.
    expect(markup.match(/class="evidence-map-glyph"/g)).toHaveLength(6);
    expect(markup).toContain('Alpha &lt;b&gt;');
    expect(markup).toContain('<title>Beta, parenting: 1 no difference</title>');
  });

  it('leaves the tooltips out when asked, with every mark still drawn', () => {
    const markup = renderToStaticMarkup(
      <EvidenceMap rows={rows} description="Evidence map of 2 programmes." tooltips={false} />,
    );
    expect(markup).not.toContain('<title>');
    expect(markup.match(/class="evidence-map-glyph"/g)).toHaveLength(6);
  });

  it('exports the same drawing as a standalone file, with its title, key and size', async () => {
    const file = await evidenceMapSvgFile(rows, 'Evidence map of 2 programmes.', 'http://localhost/interventions');
    const parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('width')).toBe('800');
    expect(parsed.querySelectorAll('.evidence-map-glyph').length).toBe(3 + 7);
    expect(parsed.documentElement.textContent).toContain('Evidence map: findings of trials by programme and outcome');
    expect(parsed.documentElement.textContent).toContain('Circle: controlled comparison');
    expect(parsed.documentElement.textContent).toContain('http://localhost/interventions');
  });
});
