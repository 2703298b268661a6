import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
import { axisLabelFor } from './study-forest-model';

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
