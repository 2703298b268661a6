import { describe, expect, it } from 'vitest';
import { buildCommissioning, type CommissioningContent, type CommissioningIn } from './build-commissioning';
import { DataBuildError } from './data-build-error';

const content = {
  file: 'content/commissioning.json',
  data: {
    compiledOn: '2026-11-27',
    costNote: 'Not a UK cost.',
    ratingSchemes: [
      { id: 'cebc', field: 'clearinghouse_rating', valuePrefix: 'CEBC', name: 'CEBC rating', scale: '1 to 5, 1 best' },
    ],
  } satisfies CommissioningContent,
};
const fact = (field: string, value: string) => ({
  field,
  value,
  quote: 'A quoted passage from the page that goes on for a while',
  url: 'https://example.org/page',
  source_name: 'Example',
  date: '2024',
});
const sourceIdFor = () => 'example-page';

describe('buildCommissioning', () => {
  it('keeps each rating on its own scale, notes that costs are not UK costs, and says what is missing', () => {
    const evidence: CommissioningIn = [
      {
        programmeId: 'p',
        facts: [fact('clearinghouse_rating', 'CEBC: 3'), fact('cost_per_family', 'US$235')],
        not_found: ['dose: not found on the page'],
      },
    ];
    const built = buildCommissioning('p', evidence, content, sourceIdFor) as unknown as Record<
      string,
      { facts: Record<string, unknown>[]; missing: string | null; searchNotes: string[] }
    >;
    expect(built.ratings?.facts[0]).toMatchObject({
      scheme: 'cebc',
      scale: '1 to 5, 1 best',
      sourceId: 'example-page',
    });
    expect(built.costPerParticipant?.facts[0]).toMatchObject({ note: 'Not a UK cost.' });
    expect(built.dose).toMatchObject({
      facts: [],
      missing: 'Not reported in our sources.',
      searchNotes: ['dose: not found on the page'],
    });
  });

  it('names the file when a rating matches no scheme or a programme has no entry', () => {
    const evidence: CommissioningIn = [{ programmeId: 'p', facts: [fact('clearinghouse_rating', 'Unknown body: A')] }];
    expect(() => buildCommissioning('p', evidence, content, sourceIdFor)).toThrow(DataBuildError);
    expect(() => buildCommissioning('p', evidence, content, sourceIdFor)).toThrow(/content\/commissioning\.json/);
    expect(() => buildCommissioning('q', evidence, content, sourceIdFor)).toThrow(/programmes-commissioning\.json/);
  });
});
