import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { OUTCOME_IDS } from '../evidence/evidence-schema';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import type { CertaintyLevel, CertaintyStep } from './certainty';
import { FAMILY_OUTCOME_WORDS, familyReason, familyVerdict, type FamilyVerdictLevel } from './family-words';
import { summariseOutcome, type OutcomeSummary } from './outcome-summary';

const dataset = parseEvidenceDataset(publishedJson);

/** The words that carry each verdict: what the practitioner sentence says, and what the family sentence must say. */
const CUES: Record<FamilyVerdictLevel, { practitioner: RegExp; family: RegExp }> = {
  high: { practitioner: /^These interventions (?!probably|may)/, family: /^Programmes like these (?!probably|may)/ },
  moderate: { practitioner: /\bprobably\b/, family: /\bprobably\b/ },
  low: { practitioner: /\bmay\b/, family: /\bmay\b/ },
  'very low': { practitioner: /\bvery uncertain\b/, family: /\bvery uncertain\b/ },
  'no-difference': { practitioner: /no significant difference/, family: /did not find a difference/ },
};

const practitionerLevel = (summary: OutcomeSummary): FamilyVerdictLevel =>
  summary.kind === 'significant' ? summary.certainty.level : 'no-difference';

describe('familyVerdict: same truth, different words', () => {
  it('has family words for every outcome id', () => {
    for (const id of OUTCOME_IDS) expect(FAMILY_OUTCOME_WORDS[id].title.length).toBeGreaterThan(0);
  });

  for (const outcome of dataset.outcomes) {
    it(`${outcome.id}: the family verdict is the practitioner verdict`, () => {
      const summary = summariseOutcome(outcome, dataset.review);
      const family = familyVerdict(summary, FAMILY_OUTCOME_WORDS[outcome.id]);
      const level = practitionerLevel(summary);
      expect(family.level).toBe(level);
      expect(summary.statement).toMatch(CUES[level].practitioner);
      expect(family.found[0]).toMatch(CUES[level].family);
      // No other verdict's words sneak in: a "may help" page never says "very uncertain", and so on.
      for (const [other, cue] of Object.entries(CUES)) {
        if (other !== level && other !== 'high') expect(family.found.join(' ')).not.toMatch(cue.family);
      }
      if (summary.kind === 'significant') {
        const stepsDown = summary.certainty.steps.filter((step) => step.levelsDown > 0).length;
        expect(family.howSure).toHaveLength(1 + stepsDown);
      }
    });
  }

  it('says honestly that the studies did not find a difference for each null outcome', () => {
    const nulls = dataset.outcomes.filter((outcome) => outcome.result.status === 'no-significant-difference');
    expect(nulls.length).toBeGreaterThan(0);
    for (const outcome of nulls) {
      const family = familyVerdict(summariseOutcome(outcome, dataset.review), FAMILY_OUTCOME_WORDS[outcome.id]);
      expect(family.found.join(' ')).toContain(
        `did not find a difference in ${FAMILY_OUTCOME_WORDS[outcome.id].topic}`,
      );
      expect(family.found.join(' ')).toContain('does not prove');
    }
  });

  it.each<CertaintyLevel>(['high', 'moderate', 'low', 'very low'])(
    'words a %s verdict with its own certainty word',
    (level) => {
      const summary: OutcomeSummary = {
        kind: 'significant',
        oriented: {
          reported: { lower: 0.3, upper: 0.5 },
          oriented: { lower: 0.3, upper: 0.5 },
          reportedMidpoint: 0.4,
          orientedMidpoint: 0.4,
          i2Percent: 0,
        },
        certainty: { level, steps: [] },
        statement: '',
        sizeRange: 'small, across the whole range',
        roundingNote: null,
      };
      const family = familyVerdict(summary, FAMILY_OUTCOME_WORDS['maternal-depression']);
      expect(family.found[0]).toMatch(CUES[level].family);
      expect(family.howSure).toHaveLength(1);
    },
  );

  it('gives an everyday reason for each step down, and none for a step that does not lower certainty', () => {
    const step = (domain: CertaintyStep['domain'], levelsDown: CertaintyStep['levelsDown']): CertaintyStep => ({
      domain,
      levelsDown,
      reason: '',
    });
    expect(familyReason(step('study quality', 0))).toBeNull();
    expect(familyReason(step('study quality', 1))).toMatch(/good quality/);
    expect(familyReason(step('inconsistency', 1))).toMatch(/did not agree/);
    expect(familyReason(step('imprecision', 1))).toMatch(/too small to notice/);
    expect(familyReason(step('imprecision', 2))).toMatch(/no difference at all/);
  });
});
