import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS, displayValue, effectScale } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { axisLabelFor, studyForestModel } from './study-forest-model';

describe('axisLabelFor', () => {
  it('names the ratio the axis shows, and says when it is turned over so benefit is on the right', () => {
    expect(axisLabelFor('log risk ratio', DEFAULT_SETTINGS, 'ratio')).toBe('risk ratio; log axis');
    expect(axisLabelFor('log odds ratio', { benefit: 'negative' }, 'ratio')).toBe(
      'odds ratio, turned over (1 ÷ odds ratio) so benefit is on the right; log axis',
    );
    expect(axisLabelFor('Hedges’ g', { benefit: 'negative' }, 'difference')).toBe(
      'Hedges’ g, sign turned so benefit is on the right',
    );
    expect(axisLabelFor('Hedges’ g', DEFAULT_SETTINGS, 'difference')).toBe('Hedges’ g');
  });
});

describe('studyForestModel with subgroups (issue 19)', () => {
  it('puts each subgroup’s studies above its diamond, names a subgroup that cannot be pooled, and ends with all studies', () => {
    const rows = importStudies({
      text: 'study,yi,vi,group\nA,0.1,0.04,a\nB,0.3,0.05,a\nC,0.6,0.03,b\nD,0.5,0.06,b\nE,0.9,0.02,c\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows;
    const settings = { ...DEFAULT_SETTINGS, subgroupBy: 'group' as const, test: 'knha' as const };
    const model = studyForestModel(analyse(rows, settings), settings, 'difference', 'effect (yi)');
    expect(model.rows.map((row) => [row.label, row.role])).toEqual([
      ['A', 'study'],
      ['B', 'study'],
      ['Subgroup a (2 studies)', 'pooled'],
      ['C', 'study'],
      ['D', 'study'],
      ['Subgroup b (2 studies)', 'pooled'],
      ['E', 'study'],
      ['Subgroup c (1 study)', 'no-figures'],
      ['All studies pooled (REML, 5 studies)', 'pooled'],
    ]);
    expect(model.rows[7]?.noFiguresText).toBe(
      'Not pooled: it has one study, and the Knapp–Hartung test needs at least two',
    );
  });
});

describe('studyForestModel for correlations and proportions', () => {
  const pritz = 'study,xi,ni\nA,16,17\nB,10,12\nC,4,8\n';
  it('draws r and proportions on a linear axis, with sides named only where they mean something', () => {
    const correlations = importStudies({
      text: 'study,ri,ni\nA,0.2,50\nB,0.3,80\nC,-0.1,40\n',
      options: { smd: 'hedges', ratio: 'RR' },
    });
    const correlation = studyForestModel(
      analyse(correlations.rows, DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
      'correlation',
      'Fisher’s z',
    );
    expect(correlation.scale).toBe('linear');
    expect(correlation.favours).toEqual({ left: 'Negative correlation', right: 'Positive correlation' });
    expect(correlation.figureHeading).toBe('r (95% CI)');
    expect(correlation.axisLabel).toBe('Correlation (r), pooled on Fisher’s z');
    // Each study's square is its own r, shown back from Fisher's z.
    expect(correlation.rows[0]?.estimate).toBeCloseTo(0.2, 12);

    const proportions = importStudies({ text: pritz, options: { smd: 'hedges', ratio: 'RR' } });
    const model = studyForestModel(
      analyse(proportions.rows, DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
      { proportion: 'logit' },
      'log odds (logit)',
    );
    expect(model.favours).toEqual({ left: '', right: '' });
    expect(model.figureHeading).toBe('Proportion (95% CI)');
    expect(model.axisLabel).toBe('Proportion, pooled on the logit scale');
    expect(model.rows[1]?.estimate).toBeCloseTo(10 / 12, 12);
    // A proportion compares nothing: no line of no effect; a correlation keeps its line at r = 0.
    expect(model.referenceLine).toBe(false);
    expect(correlation.referenceLine).toBeUndefined();
  });

  it('shows each study’s Freeman–Tukey figures back with its own n, the pooled one with the harmonic mean', () => {
    const proportions = importStudies({ text: pritz, options: { smd: 'hedges', ratio: 'RR', proportion: 'PFT' } });
    const analysis = analyse(proportions.rows, DEFAULT_SETTINGS);
    const scale = effectScale('proportions', { ratio: 'RR', proportion: 'PFT' }, analysis.studies);
    const model = studyForestModel(analysis, DEFAULT_SETTINGS, scale, 'Freeman–Tukey');
    // As summary(escalc("PFT"), transf = transf.ipft, ni = ni): each square is exactly xi / ni.
    expect(model.rows.slice(0, 3).map((row) => row.estimate)).toEqual([
      expect.closeTo(16 / 17, 12),
      expect.closeTo(10 / 12, 12),
      expect.closeTo(4 / 8, 12),
    ]);
    const pooled = analysis.pooled.ok ? analysis.pooled.value.estimate : Number.NaN;
    expect(model.rows.at(-1)?.estimate).toBeCloseTo(displayValue(pooled, scale), 12);
  });
});
