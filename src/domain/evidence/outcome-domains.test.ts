import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { OUTCOME_IDS } from './evidence-schema';
import { OUTCOME_DOMAINS } from './outcome-domains';
import { parseEvidenceDataset } from './parse-evidence';
import { DOMAIN_LABELS, DOMAINS } from './vocabulary';

const dataset = parseEvidenceDataset(publishedJson);

describe('outcome pages and catalogue domains', () => {
  it('maps every outcome id to a catalogue domain, each to a different one', () => {
    for (const id of OUTCOME_IDS) expect(DOMAINS, id).toContain(OUTCOME_DOMAINS[id]);
    expect(new Set(Object.values(OUTCOME_DOMAINS)).size).toBe(OUTCOME_IDS.length);
  });

  it('names the domain with the outcome page’s name, so the two pages match', () => {
    for (const outcome of dataset.outcomes) {
      expect(DOMAIN_LABELS[OUTCOME_DOMAINS[outcome.id]].toLowerCase(), outcome.id).toMatch(
        new RegExp(`^${outcome.name.toLowerCase()}`),
      );
    }
  });
});
