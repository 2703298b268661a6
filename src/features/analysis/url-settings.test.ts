import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
import { settingsFromParameters, settingsToParameters } from './url-settings';

describe('analysis settings in the URL', () => {
  it('round-trips', () => {
    const settings = {
      method: 'PM',
      test: 'knha',
      outcome: 'Sensitivity (M)',
      subgroupBy: 'group',
      excluded: [7, 3],
      benefit: 'negative',
    } as const;
    const parameters = settingsToParameters('w1', { ...settings, excluded: [...settings.excluded] });
    expect(parameters.get('ws')).toBe('w1');
    expect(settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS)).toEqual({
      ...settings,
      excluded: [3, 7],
    });
  });

  it('falls back on anything it does not know', () => {
    expect(
      settingsFromParameters(new URLSearchParams('method=HS&test=t&by=x&benefit=up&exclude=a,-1,2'), DEFAULT_SETTINGS),
    ).toEqual({ ...DEFAULT_SETTINGS, excluded: [2] });
  });
});
