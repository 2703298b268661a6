import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltip-position';

describe('tooltipPosition', () => {
  it('sits just below the term, at its left edge, when there is room', () => {
    expect(tooltipPosition({ left: 100, bottom: 200 }, 1280)).toEqual({ top: 204, left: 100, width: 288 });
  });

  it('moves left to stay inside the viewport near the right edge', () => {
    expect(tooltipPosition({ left: 1200, bottom: 50 }, 1280)).toEqual({ top: 54, left: 1280 - 288 - 8, width: 288 });
  });

  it('narrows on a small phone and keeps an 8px margin', () => {
    expect(tooltipPosition({ left: 250, bottom: 10 }, 280)).toEqual({ top: 14, left: 8, width: 264 });
  });
});
