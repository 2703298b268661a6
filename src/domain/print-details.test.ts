import { describe, expect, it } from 'vitest';
import { describeActiveChoices } from './print-details';

describe('describeActiveChoices', () => {
  it('groups repeated parameters in order and says none when there are none', () => {
    expect(describeActiveChoices(new URLSearchParams('type=mentalization&age=under-1&type=dyadic'))).toBe(
      'type: mentalization, dyadic; child’s age: under-1',
    );
    expect(describeActiveChoices(new URLSearchParams(''))).toBe('none');
  });
});
