import { describe, expect, it } from 'vitest';
import { forestAxis, forestHeight, forestLabelLayout, positionInDomain, wrapLabel } from './forest-layout';
import type { ForestRow } from './forest-rows';

const interval = (lower: number, upper: number): ForestRow => ({
  id: `${lower}`,
  label: 'x',
  kind: 'interval',
  lower,
  upper,
  midpoint: (lower + upper) / 2,
  reportedText: '',
  orientedText: '',
});

describe('forestAxis', () => {
  it('is symmetric about zero and covers the widest interval (the review’s four results, up to 0.95)', () => {
    const axis = forestAxis([interval(0.06, 0.68), interval(0.13, 0.45), interval(0, 0.43), interval(0.19, 0.95)]);
    expect(axis.domain).toEqual([-1, 1]);
    expect(axis.ticks).toEqual([-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]);
  });

  it('keeps zero in the ticks and uses at most four ticks a side', () => {
    const axis = forestAxis([interval(-2.3, 3.1)]);
    expect(axis.ticks).toContain(0);
    expect(axis.ticks.filter((tick) => tick > 0).length).toBeLessThanOrEqual(4);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(3.1);
  });

  it('still draws a readable axis when no row has figures', () => {
    const axis = forestAxis([{ id: 'a', label: 'a', kind: 'no-figures' }]);
    expect(axis.domain[0]).toBe(-axis.domain[1]);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(0.5);
  });
});

describe('positionInDomain and forestHeight', () => {
  it('puts zero in the middle of a symmetric domain', () => {
    expect(positionInDomain(0, [-1, 1])).toBe(0.5);
  });

  it('grows with the number of rows', () => {
    expect(forestHeight(6)).toBeGreaterThan(forestHeight(1));
  });
});

describe('wrapLabel', () => {
  it('breaks a long outcome name at spaces', () => {
    expect(wrapLabel('Parental reflective functioning', 18)).toEqual(['Parental', 'reflective', 'functioning']);
    expect(wrapLabel('Parental reflective functioning', 20)).toEqual(['Parental reflective', 'functioning']);
  });

  it('keeps a short name on one line and never splits a word', () => {
    expect(wrapLabel('Infant attachment', 18)).toEqual(['Infant attachment']);
    expect(wrapLabel('Parent-infant interaction', 10)).toEqual(['Parent-infant', 'interaction']);
  });
});

describe('forestLabelLayout', () => {
  it('gives names less room on a phone than on a laptop', () => {
    expect(forestLabelLayout(360).labelWidth).toBeLessThan(forestLabelLayout(1024).labelWidth);
    expect(forestLabelLayout(360).charactersPerLine).toBeLessThan(forestLabelLayout(1024).charactersPerLine);
  });
});
