import { describe, expect, it } from 'vitest';
import { iconArrayCounts, plainNumbers } from './plain-numbers';

describe('plainNumbers', () => {
  it('orders each range so the low end is the least benefit', () => {
    const numbers = plainNumbers({ lower: 0.19, upper: 0.95 }, 0.57);
    expect(numbers.probabilityOfBenefit.low).toBeLessThan(numbers.probabilityOfBenefit.mid);
    expect(numbers.probabilityOfBenefit.mid).toBeLessThan(numbers.probabilityOfBenefit.high);
    expect(numbers.numberNeededToTreat.best).toBeLessThan(numbers.numberNeededToTreat.worst ?? Infinity);
  });

  it('rounds the number needed to treat up to whole families (R: ceiling(1 / (2 * pnorm(0.95 / sqrt(2)) - 1)) = 3)', () => {
    const numbers = plainNumbers({ lower: 0.19, upper: 0.95 }, 0.57);
    expect(numbers.numberNeededToTreat.best).toBe(3);
    // R: 1 / (2 * pnorm(0.19 / sqrt(2)) - 1) = 9.365…
    expect(numbers.numberNeededToTreat.worst).toBe(10);
  });

  it('says no benefit cannot be ruled out when the interval reaches zero (infant behaviour, 0.00 to 0.43)', () => {
    const numbers = plainNumbers({ lower: 0, upper: 0.43 }, 0.215);
    expect(numbers.numberNeededToTreat.noBenefitNotRuledOut).toBe(true);
    expect(numbers.numberNeededToTreat.worst).toBeNull();
    expect(numbers.probabilityOfBenefit.low).toBe(0.5);
    expect(numbers.improvementIndex.low).toBe(0);
  });
});

describe('iconArrayCounts', () => {
  it('rounds to whole families and keeps counts within 0 to 100', () => {
    expect(iconArrayCounts({ low: -3.2, mid: 12.4, high: 140 })).toEqual({
      extraAtLow: 0,
      extraAtMid: 12,
      extraAtHigh: 100,
    });
  });
});
