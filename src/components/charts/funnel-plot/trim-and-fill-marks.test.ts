import { describe, expect, it } from 'vitest';
import { trimAndFill } from '../../../domain/stats/trim-and-fill';
import { layoutFunnel } from './funnel-layout';
import { trimAndFillDescription, trimAndFillMarks } from './trim-and-fill-marks';

// Effects larger in the smaller studies, so studies are missing on the left.
const studies = [
  { yi: 0.1, vi: 0.01, label: 'Big' },
  { yi: 0.15, vi: 0.02, label: 'Large' },
  { yi: 0.3, vi: 0.05, label: 'Middle' },
  { yi: 0.5, vi: 0.1, label: 'Small' },
  { yi: 0.8, vi: 0.2, label: 'Tiny' },
];

describe('trimAndFillMarks', () => {
  it('turns the filled studies into funnel points named after the study each mirrors', () => {
    const outcome = trimAndFill(studies, { method: 'FE' });
    if (!outcome.ok) throw new Error(`expected a result, got ${outcome.reason}`);
    const { result } = outcome;
    expect(result.k0).toBeGreaterThan(0);
    const marks = trimAndFillMarks(result, (index) => studies[index]?.label ?? '?');
    expect(marks.adjustedCentre).toBe(result.pooled.estimate);
    expect(marks.filled).toHaveLength(result.k0);
    marks.filled.forEach((point, position) => {
      const study = result.filled[position];
      expect(point.effect).toBe(study?.yi);
      expect(point.se).toBe(Math.sqrt(study?.vi ?? Number.NaN));
      expect(point.label).toBe(`Filled ${position + 1}, mirroring ${studies[study?.mirrorOf ?? -1]?.label}`);
    });
    const layout = layoutFunnel({ centre: 0.2, axisLabel: 'Effect', points: [], ...marks });
    expect(layout.filled).toHaveLength(result.k0);
    expect(layout.adjustedX).not.toBeNull();
    expect(trimAndFillDescription(result)).toMatch(/^Hollow squares are \d+ stud(y|ies) filled in on the left/);
  });

  it('says in words when no studies are estimated missing', () => {
    const outcome = trimAndFill(studies, { method: 'FE', side: 'right' });
    if (!outcome.ok) throw new Error(`expected a result, got ${outcome.reason}`);
    expect(outcome.result.k0).toBe(0);
    expect(trimAndFillDescription(outcome.result)).toBe(
      'Trim-and-fill (L0) estimates no missing studies on the right.',
    );
  });
});
