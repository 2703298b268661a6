import { describe, expect, it } from 'vitest';
import { assessCertainty, certaintyStatement, noDifferenceStatement } from './certainty';

const precise = { lower: 0.3, upper: 0.6 };

describe('assessCertainty', () => {
  it('rates high only when nothing lowers it', () => {
    expect(assessCertainty({ oriented: precise, i2Percent: 10, studyQualityConcern: 'none' }).level).toBe('high');
  });

  it('steps down one level for serious study-quality concerns', () => {
    expect(assessCertainty({ oriented: precise, i2Percent: 10, studyQualityConcern: 'serious' }).level).toBe(
      'moderate',
    );
  });

  it('steps down two levels for very serious study-quality concerns', () => {
    expect(assessCertainty({ oriented: precise, i2Percent: 10, studyQualityConcern: 'very-serious' }).level).toBe(
      'low',
    );
  });

  it('steps down for inconsistency at I² = 50% but not at 49%', () => {
    expect(assessCertainty({ oriented: precise, i2Percent: 50, studyQualityConcern: 'none' }).level).toBe('moderate');
    expect(assessCertainty({ oriented: precise, i2Percent: 49, studyQualityConcern: 'none' }).level).toBe('high');
  });

  it('steps down one level when the interval reaches below a small effect (0.2) but not at 0.2', () => {
    expect(
      assessCertainty({ oriented: { lower: 0.19, upper: 0.6 }, i2Percent: 0, studyQualityConcern: 'none' }).level,
    ).toBe('moderate');
    expect(
      assessCertainty({ oriented: { lower: 0.2, upper: 0.6 }, i2Percent: 0, studyQualityConcern: 'none' }).level,
    ).toBe('high');
  });

  it('steps down two levels when the interval reaches no difference', () => {
    const assessment = assessCertainty({
      oriented: { lower: 0, upper: 0.43 },
      i2Percent: 0,
      studyQualityConcern: 'none',
    });
    expect(assessment.level).toBe('low');
    expect(assessment.steps.find((step) => step.domain === 'imprecision')?.reason).toMatch(
      /no benefit cannot be ruled out/,
    );
  });

  it('never goes below very low', () => {
    const assessment = assessCertainty({
      oriented: { lower: -0.2, upper: 0.4 },
      i2Percent: 90,
      studyQualityConcern: 'very-serious',
    });
    expect(assessment.level).toBe('very low');
  });

  it('rates the review’s reflective functioning result (0.06 to 0.68, I² 82%, very few good studies) very low', () => {
    expect(
      assessCertainty({ oriented: { lower: 0.06, upper: 0.68 }, i2Percent: 82, studyQualityConcern: 'serious' }).level,
    ).toBe('very low');
  });

  it('never gives a bare "improves" when very few studies were rated good quality', () => {
    const best = assessCertainty({ oriented: { lower: 2, upper: 3 }, i2Percent: 0, studyQualityConcern: 'serious' });
    expect(certaintyStatement(best.level, 'improve sleep')).toBe('These interventions probably improve sleep.');
  });
});

describe('certaintyStatement', () => {
  it.each([
    ['high', 'These interventions reduce stress.'],
    ['moderate', 'These interventions probably reduce stress.'],
    ['low', 'These interventions may reduce stress.'],
    ['very low', 'We are very uncertain whether these interventions reduce stress.'],
  ] as const)('words a %s rating as "%s"', (level, sentence) => {
    expect(certaintyStatement(level, 'reduce stress')).toBe(sentence);
  });
});

describe('noDifferenceStatement', () => {
  it('says no significant difference was found without claiming no effect', () => {
    const sentence = noDifferenceStatement('reduce stress');
    expect(sentence).toMatch(/no significant difference/);
    expect(sentence).toMatch(/cannot say whether these interventions reduce stress/);
  });
});
