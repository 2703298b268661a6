import { describe, expect, it } from 'vitest';
import { publicWording, withPublicWording } from './public-wording';

describe('publicWording (audit P16: search notes and field names never reach a reader)', () => {
  it.each([
    ['cost_per_family: not found', 'not in our sources'],
    [
      'delivered_by / training: not found in stored text (trial papers only)',
      'not stated in our sources (trial papers only)',
    ],
    [
      'not stated in the MTP excerpts seen (the same group is at Yale)',
      'not stated in our sources (the same group is at Yale)',
    ],
    [
      'Therapists (profession/qualification not stated in the abstracts seen)',
      'Therapists (profession/qualification not stated in our sources)',
    ],
    ['Not displayed in excerpt (PMC2928150)', 'Not stated in our sources (PMC2928150)'],
    ['MBT. Not in the brief’s list; single descriptive source.', 'MBT. A single descriptive source.'],
    [
      'rating not in stored excerpt; HomVEE entry not found',
      'rating not in our sources; HomVEE entry not in our sources',
    ],
    [
      'clearinghouse_rating: none found. CAUTION: Blueprints lists another programme',
      'none in our sources. Caution: Blueprints lists another programme',
    ],
    [
      'eif_evidence_rating on the guidebook itself not in corpus',
      'EIF evidence rating on the guidebook itself not in our sources',
    ],
    ['Citation details were not captured', 'Citation details are not in our sources'],
    ['protocol only; results not found', 'protocol only; results not in our sources'],
    [
      "The stored page's address names another programme",
      'The address of the page in our sources names another programme',
    ],
  ])('%s', (before, after) => {
    expect(publicWording(before)).toBe(after);
  });

  it('leaves sourced findings, addresses and ids alone', () => {
    expect(publicWording('Improvements in the parent-child relationship not seen in the control group')).toBe(
      'Improvements in the parent-child relationship not seen in the control group',
    );
    expect(publicWording('was not found to differ')).toBe('was not found to differ');
    expect(publicWording('https://example.org/not_found')).toBe('https://example.org/not_found');
    expect(withPublicWording({ id: 'cost_per_family', note: 'cost_per_family: not found' })).toEqual({
      id: 'cost_per_family',
      note: 'not in our sources',
    });
  });
});

describe('page and file names from the compilers', () => {
  it('says "in our sources" for the stored page, and names files by what they hold', () => {
    expect(publicWording('a ran… (title cut off in the stored page).')).toBe('a ran… (title cut off in our sources).');
    expect(publicWording('not stated on the stored page (pre-2022 version)')).toBe(
      'not stated in our sources (pre-2022 version)',
    );
    expect(publicWording('The 27-team figure is already in programmes-commissioning.json.')).toBe(
      'The 27-team figure is already in our commissioning sources.',
    );
  });
});
