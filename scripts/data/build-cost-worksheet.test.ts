import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCostWorksheet } from './build-cost-worksheet';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const unitCosts = read('content/sources/unit-costs.json');
const content = read('content/cost-worksheet.json') as {
  doses: { programmeId: string; sessions?: { from: string } }[];
};
const commissioning = read('content/sources/programmes-commissioning.json');

describe('buildCostWorksheet', () => {
  it('builds the committed files', () => {
    expect(buildCostWorksheet(unitCosts, content, commissioning).doses.length).toBe(content.doses.length);
  });

  it('refuses a starting figure whose words are not in the programme’s facts, naming the field', () => {
    const changed = structuredClone(content);
    const first = changed.doses.find((dose) => dose.sessions);
    if (first?.sessions) first.sessions.from = 'forty sessions a week';
    expect(() => buildCostWorksheet(unitCosts, changed, commissioning)).toThrow(
      /content\/cost-worksheet\.json: doses\.\d+\.sessions\.from: .*forty sessions a week/,
    );
  });

  it('names the row and field of a bad unit cost', () => {
    const costs = structuredClone(unitCosts) as Record<string, unknown>[];
    if (costs[1]) costs[1].sourceUrl = 'not a url';
    expect(() => buildCostWorksheet(costs, content, commissioning)).toThrow(
      /unit-costs\.json: row 2 \(id "[^"]+"\): sourceUrl/,
    );
  });
});
