import { describe, expect, it } from 'vitest';
import { methodsSentence, threeLevelMethodsSentence } from './report-methods';

describe('methodsSentence', () => {
  it('names the estimator, test, interval, measure and software for a random-effects z analysis', () => {
    expect(
      methodsSentence({
        settings: { method: 'REML', test: 'z' },
        measureName: 'Hedges’ g',
        scale: 'difference',
        k: 7,
        profile: true,
        version: '9.9.9',
      }),
    ).toBe(
      'Random-effects meta-analysis of the Hedges’ g values of 7 studies, with the between-study variance τ² estimated by REML (restricted maximum likelihood); the pooled effect tested with a z test, its 95% confidence interval the Wald interval (estimate ± 1.96 standard errors), a 95% prediction interval (normal quantile, as metafor’s predict()), and, beyond rma(), a profile-likelihood 95% confidence interval (maximum likelihood); heterogeneity by Cochran’s Q, I² and H², as metafor’s rma(). Software: Under-5s Evidence Explorer 9.9.9, checked against R metafor 3.8.1.',
    );
  });

  it('says Knapp–Hartung and the t distribution, and ratios pooled on the log scale', () => {
    const sentence = methodsSentence({
      settings: { method: 'DL', test: 'knha' },
      measureName: 'log risk ratio',
      scale: 'ratio',
      k: 13,
      profile: false,
    });
    expect(sentence).toContain('log risk ratios (shown back as risk ratios) of 13 studies');
    expect(sentence).toContain('estimated by DerSimonian–Laird');
    expect(sentence).toContain('Knapp–Hartung t test on k − 1 degrees of freedom');
    expect(sentence).toContain('(t quantile, as metafor’s predict())');
    expect(sentence).not.toContain('profile-likelihood');
    expect(sentence).toMatch(/Under-5s Evidence Explorer \d+\.\d+\.\d+, checked against R metafor 3\.8\.1\.$/);
  });

  it('gives a fixed-effect analysis no τ² estimator and no prediction interval', () => {
    const sentence = methodsSentence({
      settings: { method: 'FE', test: 'z' },
      measureName: 'effect (yi)',
      scale: 'difference',
      k: 1,
      profile: false,
    });
    expect(sentence).toMatch(
      /^Fixed-effect \(inverse-variance\) meta-analysis of the effects \(yi\) as given of 1 study;/,
    );
    expect(sentence).not.toContain('τ² estimated');
    expect(sentence).not.toContain('prediction interval');
  });

  it('names the three-level model, and the t test that stands in for Knapp–Hartung', () => {
    expect(threeLevelMethodsSentence('z')).toContain('rma.mv(yi, vi, random = ~ 1 | study/effect, method = "REML")');
    expect(threeLevelMethodsSentence('z')).toContain('tested with a z test');
    expect(threeLevelMethodsSentence('knha')).toContain('t test on k − 1 degrees of freedom (rma.mv’s test = "t")');
  });
});
