import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/study-data/analyse';
import { migrateWorkspace, newWorkspace } from '../../domain/study-data/workspace';
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

  it('keeps the three-level choice, and a saved workspace keeps it too', () => {
    const settings = { ...DEFAULT_SETTINGS, levels: 3 as const };
    const parameters = settingsToParameters('w1', settings);
    expect(parameters.get('levels')).toBe('3');
    expect(settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS)).toEqual(settings);
    expect(settingsFromParameters(new URLSearchParams('levels=4'), settings).levels).toBe(3);
    expect(settingsFromParameters(new URLSearchParams(''), DEFAULT_SETTINGS)).not.toHaveProperty('levels');
    const saved = {
      ...newWorkspace({
        id: 'w1',
        name: 'Schools',
        now: new Date(0),
        csvText: 'study,yi,vi\n',
        source: { kind: 'paste' },
      }),
      settings,
    };
    expect(migrateWorkspace(JSON.parse(JSON.stringify(saved)))).toMatchObject({ ok: true, workspace: { settings } });
  });

  it('keeps the trim-and-fill estimator, and ignores one it does not know', () => {
    const settings = { ...DEFAULT_SETTINGS, trimAndFill: 'R0' as const };
    const parameters = settingsToParameters('w1', settings);
    expect(parameters.get('trimfill')).toBe('R0');
    expect(settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS)).toEqual(settings);
    expect(settingsFromParameters(new URLSearchParams('trimfill=X9'), settings).trimAndFill).toBe('R0');
    expect(settingsFromParameters(new URLSearchParams(''), DEFAULT_SETTINGS)).not.toHaveProperty('trimAndFill');
  });

  it('keeps Mantel–Haenszel or Peto, always as a fixed effect with a z test, and ignores an unknown choice', () => {
    const settings = { ...DEFAULT_SETTINGS, method: 'FE', test: 'z', countsPooling: 'MH' } as const;
    const parameters = settingsToParameters('w1', settings);
    expect(parameters.get('counts')).toBe('MH');
    expect(settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS)).toEqual(settings);
    // A hand-made link cannot pair Peto with a random-effects method or Knapp–Hartung.
    expect(
      settingsFromParameters(new URLSearchParams('method=REML&test=knha&counts=PETO'), DEFAULT_SETTINGS),
    ).toMatchObject({ method: 'FE', test: 'z', countsPooling: 'PETO' });
    expect(settingsFromParameters(new URLSearchParams('method=REML&counts=peto'), DEFAULT_SETTINGS)).toMatchObject({
      method: 'REML',
    });
    expect(settingsFromParameters(new URLSearchParams('counts=peto'), DEFAULT_SETTINGS).countsPooling).toBeUndefined();
  });

  it('falls back on anything it does not know', () => {
    expect(
      settingsFromParameters(new URLSearchParams('method=HS&test=t&by=x&benefit=up&exclude=a,-1,2'), DEFAULT_SETTINGS),
    ).toEqual({ ...DEFAULT_SETTINGS, excluded: [2] });
  });

  it('keeps only line numbers a saved workspace accepts, so a hostile link cannot break saving (issue 19)', () => {
    const settings = settingsFromParameters(
      new URLSearchParams('exclude=9007199254740993,1e3,2.5,0x10,5,5,20000001,20000000'),
      DEFAULT_SETTINGS,
    );
    expect(settings.excluded).toEqual([5, 20_000_000]);
    const workspace = newWorkspace({ id: 'w', name: 'n', now: new Date(0), source: { kind: 'paste' }, csvText: '' });
    expect(migrateWorkspace({ ...workspace, settings }).ok).toBe(true);
  });

  it('keeps the meta-regression’s moderators and their kinds, in order, and "none" as an empty mod', () => {
    const moderators = [
      { column: 'ablat', kind: 'continuous' },
      { column: 'alloc: method', kind: 'categorical' },
    ] as const;
    const parameters = settingsToParameters('w1', { ...DEFAULT_SETTINGS, moderators: [...moderators] });
    const read = settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS);
    expect(read.moderators).toEqual(moderators);
    const none = settingsToParameters('w1', { ...DEFAULT_SETTINGS, moderators: [] });
    const fallback = { ...DEFAULT_SETTINGS, moderators: [...moderators] };
    expect(settingsFromParameters(new URLSearchParams(none.toString()), fallback).moderators).toEqual([]);
    expect(settingsFromParameters(new URLSearchParams('ws=w1'), fallback).moderators).toEqual(moderators);
    expect(
      settingsFromParameters(
        new URLSearchParams('mod=slope:x&mod=continuous:&mod=continuous:a&mod=categorical:a'),
        fallback,
      ).moderators,
    ).toEqual([{ column: 'a', kind: 'continuous' }]);
  });

  it('keeps which form of Egger’s test to show, and falls back on an unknown one', () => {
    for (const eggerForm of ['both', 'lm', 'rma'] as const) {
      const parameters = settingsToParameters('w1', { ...DEFAULT_SETTINGS, eggerForm });
      expect(settingsFromParameters(new URLSearchParams(parameters.toString()), DEFAULT_SETTINGS).eggerForm).toBe(
        eggerForm,
      );
    }
    const fallback = { ...DEFAULT_SETTINGS, eggerForm: 'lm' } as const;
    expect(settingsFromParameters(new URLSearchParams('egger=regtest'), fallback).eggerForm).toBe('lm');
    // Not chosen yet: no parameter, and no field (the page then shows both).
    expect(settingsToParameters('w1', DEFAULT_SETTINGS).has('egger')).toBe(false);
    expect(settingsFromParameters(new URLSearchParams('egger=x'), DEFAULT_SETTINGS)).not.toHaveProperty('eggerForm');
  });
});
