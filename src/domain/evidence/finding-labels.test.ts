import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { COMPARISON_LABELS, DESIGN_LABELS, DIRECTION_LABELS } from './vocabulary';

// Audit P9: a finding's label must not read as a claim about the trial's design, and a finding nobody tested must not
// read as "no effect".

describe('finding labels (audit P9)', () => {
  it('never labels a finding with a design: a change within a group is named as such, even inside a randomised trial', () => {
    for (const label of Object.values(COMPARISON_LABELS))
      expect(Object.values(DESIGN_LABELS).map((design) => design.toLowerCase())).not.toContain(label.toLowerCase());
    expect(COMPARISON_LABELS['before-after'].toLowerCase()).toContain('within-group');
  });

  it('calls an untested finding "not a tested effect", never "not an effect of the programme"', () => {
    expect(DIRECTION_LABELS['not-comparable']).toBe('Not a tested effect');
    for (const label of Object.values(DIRECTION_LABELS)) expect(label).not.toMatch(/not an effect/i);
  });

  it('codes a finding whose words name the control group as a controlled comparison, not "comparison not stated"', () => {
    const findings = dataset.trials.flatMap((trial) => trial.outcomes.map((finding) => ({ trial, finding })));
    expect(findings.length).toBeGreaterThan(0);
    for (const { trial, finding } of findings)
      if (/\bthan (?:the )?controls?\b|\bthan control (?:group|infants|mothers|families)\b/i.test(finding.resultText))
        expect(finding.coding.comparison, `${trial.id}: ${finding.resultText}`).not.toBe('not-stated');
  });
});
