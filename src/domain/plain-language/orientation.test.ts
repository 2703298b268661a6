import { describe, expect, it } from 'vitest';
import { orientEffect, orientInterval, sideOfNoDifference } from './orientation';

describe('orientEffect', () => {
  it('keeps the sign when a positive reported effect favours the intervention', () => {
    expect(orientEffect(0.29, 1)).toBe(0.29);
  });

  it('flips the sign when a negative reported effect favours the intervention', () => {
    expect(orientEffect(-0.57, -1)).toBe(0.57);
  });

  it('never returns negative zero, so a bound at zero prints as 0.00', () => {
    expect(Object.is(orientEffect(0, -1), 0)).toBe(true);
  });
});

describe('orientInterval', () => {
  it('swaps the bounds when it flips the sign (infant attachment, printed −0.95 to −0.19)', () => {
    expect(orientInterval({ lower: -0.95, upper: -0.19 }, -1)).toEqual({ lower: 0.19, upper: 0.95 });
  });

  it('keeps the bounds when the sign already favours the intervention (maternal depression, printed 0.13 to 0.45)', () => {
    expect(orientInterval({ lower: 0.13, upper: 0.45 }, 1)).toEqual({ lower: 0.13, upper: 0.45 });
  });
});

describe('sideOfNoDifference', () => {
  it.each([
    [0.1, 'intervention'],
    [-0.1, 'comparison'],
    [0, 'none'],
  ] as const)('puts %s on the %s side', (value, side) => {
    expect(sideOfNoDifference(value)).toBe(side);
  });
});
