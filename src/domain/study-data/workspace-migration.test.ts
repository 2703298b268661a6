import { describe, expect, it } from 'vitest';
import { migrateWorkspace, WORKSPACE_VERSION } from './workspace';

// A workspace exactly as version 1 of the format saved it (before the effect-and-CI ratio option existed).
const VERSION_1 = {
  format: 'under5s-analysis-workspace',
  version: 1,
  id: 'w1',
  name: 'Trials with printed CIs',
  savedAt: '2026-11-26T10:00:00.000Z',
  source: { kind: 'paste' },
  csvText: 'yi,ci_lower,ci_upper\n0.46,0.00,0.92\n',
  mapping: {},
  layout: null,
  options: { smd: 'hedges', ratio: 'RR' },
  settings: { method: 'REML', test: 'z', outcome: null, subgroupBy: 'none', excluded: [], benefit: 'positive' },
};

describe('workspace format version 2', () => {
  it('opens a version 1 workspace, reading its effect and CI columns as differences, as version 1 did', () => {
    expect(WORKSPACE_VERSION).toBe(2);
    const reading = migrateWorkspace(JSON.parse(JSON.stringify(VERSION_1)));
    if (!reading.ok) throw new Error(reading.problems.join('; '));
    expect(reading.workspace.version).toBe(2);
    expect(reading.workspace.options).toEqual({ smd: 'hedges', ratio: 'RR', ciScale: 'difference' });
    expect(reading.workspace.settings).toEqual(VERSION_1.settings);
    expect(reading.workspace.csvText).toBe(VERSION_1.csvText);
  });

  it('keeps a saved ratio setting, and refuses a version 2 workspace without one rather than guess', () => {
    const saved = { ...VERSION_1, version: 2, options: { smd: 'hedges', ratio: 'RR', ciScale: 'ratio' } };
    const reading = migrateWorkspace(saved);
    expect(reading.ok && reading.workspace.options.ciScale).toBe('ratio');
    const missing = migrateWorkspace({ ...VERSION_1, version: 2 });
    expect(!missing.ok && missing.problems[0]).toMatch(/^options\.ciScale/);
  });

  it('names the problem when a version 1 workspace is broken, instead of migrating it into something else', () => {
    const reading = migrateWorkspace({ ...VERSION_1, options: 'none' });
    expect(!reading.ok && reading.problems[0]).toMatch(/^options/);
  });

  it('opens a version 2 workspace saved before meta-regression with no moderators, and keeps saved ones', () => {
    const saved = { ...VERSION_1, version: 2, options: { smd: 'hedges', ratio: 'RR', ciScale: 'difference' } };
    const before = migrateWorkspace(saved);
    expect(before.ok && before.workspace.settings.moderators).toBeUndefined();
    const moderators = [{ column: 'ablat', kind: 'continuous' }];
    const after = migrateWorkspace({ ...saved, settings: { ...saved.settings, moderators } });
    expect(after.ok && after.workspace.settings.moderators).toEqual(moderators);
    const wrong = migrateWorkspace({
      ...saved,
      settings: { ...saved.settings, moderators: [{ column: 'a', kind: 'x' }] },
    });
    expect(!wrong.ok && wrong.problems[0]).toMatch(/^settings\.moderators/);
  });
});
