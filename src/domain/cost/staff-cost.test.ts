import { describe, expect, it } from 'vitest';
import { ESTIMATE_LABEL, formatPounds, readField, staffCost, workOut, workingText } from './staff-cost';

const good = { sessions: '12', hoursPerSession: '1.5', practitioners: '2', hourlyCost: '45.50' };

describe('staff cost worksheet', () => {
  it('multiplies sessions, hours per session, practitioners and the hourly cost', () => {
    const result = workOut(good);
    expect(result.errors).toEqual({});
    expect(result.pounds).toBeCloseTo(12 * 1.5 * 2 * 45.5);
    expect(formatPounds(result.pounds ?? 0)).toBe('£1,638');
    expect(workingText(result.numbers ?? { sessions: 0, hoursPerSession: 0, practitioners: 0, hourlyCost: 0 })).toBe(
      '12 sessions × 1.5 hours × 2 practitioners × £45.50 an hour',
    );
    expect(staffCost({ sessions: 8, hoursPerSession: 1, practitioners: 1, hourlyCost: 40 })).toBe(320);
  });

  it('accepts a pound sign and thousands commas in the hourly cost', () => {
    expect(readField('hourlyCost', '£1,200')).toEqual({ value: 1200, error: null });
    expect(readField('hourlyCost', ' 45 ')).toEqual({ value: 45, error: null });
  });

  it('refuses empty, negative, zero, text and fractional counts with a message that says how to fix it', () => {
    expect(readField('hourlyCost', '').error).toBe('Enter the hourly staff cost in pounds');
    expect(readField('sessions', '   ').error).toBe('Enter the number of sessions');
    expect(readField('hourlyCost', '-5').error).toBe('Hourly staff cost in pounds must be more than 0');
    expect(readField('practitioners', '0').error).toBe('Practitioners at each session must be more than 0');
    expect(readField('hoursPerSession', 'an hour').error).toBe('Hours per session must be a number, like 1.5');
    expect(readField('hourlyCost', '$45').error).toBe('Hourly staff cost in pounds must be a number, like 45.50');
    expect(readField('sessions', '12.5').error).toBe('Number of sessions must be a whole number, like 12');
    expect(readField('hoursPerSession', '30').error).toBe('Hours per session must be 24 or less');
    expect(readField('sessions', '1e3').error).toBe('Number of sessions must be a number, like 12');
  });

  it('gives no figure at all when any input is bad', () => {
    const result = workOut({ ...good, hourlyCost: 'lots' });
    expect(result.pounds).toBeNull();
    expect(result.numbers).toBeNull();
    expect(Object.keys(result.errors)).toEqual(['hourlyCost']);
  });

  it('is always labelled as the reader’s own estimate', () => {
    expect(ESTIMATE_LABEL).toBe('Your estimate from your inputs, not a sourced cost');
  });
});
