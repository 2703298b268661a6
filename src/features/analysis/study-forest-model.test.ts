import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
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
