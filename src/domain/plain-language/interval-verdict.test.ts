import { describe, expect, it } from 'vitest';
import { intervalVerdict } from './interval-verdict';

describe('intervalVerdict', () => {
  it.each([
    [{ lower: 0.13, upper: 0.45 }, 'favours-intervention'],
    [{ lower: -0.45, upper: -0.13 }, 'favours-comparison'],
    [{ lower: 0, upper: 0.43 }, 'touches-no-difference'],
    [{ lower: -0.3, upper: 0 }, 'touches-no-difference'],
    [{ lower: -0.01, upper: 0.31 }, 'no-clear-difference'],
  ] as const)('reads %o as %s', (interval, kind) => {
    expect(intervalVerdict(interval).kind).toBe(kind);
  });

  it('never calls an interval that touches zero significant on its own', () => {
    expect(intervalVerdict({ lower: 0, upper: 0.43 }).explanation).toMatch(/p value decides/);
  });
});
