import { describe, expect, it } from 'vitest';
import { migrateWorkspace, newWorkspace, WORKSPACE_VERSION } from './workspace';

const workspace = newWorkspace({
  id: 'w1',
  name: 'BCG',
  now: new Date('2026-11-27T05:00:00Z'),
  source: { kind: 'paste' },
  csvText: 'yi,vi\n0.1,0.1\n',
  mapping: { yi: 'yi' },
});

describe('migrateWorkspace', () => {
  it('reads back what it saves, through JSON', () => {
    expect(migrateWorkspace(JSON.parse(JSON.stringify(workspace)))).toEqual({ ok: true, workspace });
  });

  it('reads back a workspace of the further layouts, with the risk difference or the Freeman–Tukey choice', () => {
    const proportions = newWorkspace({
      id: 'w2',
      name: 'Pritz',
      now: new Date('2026-12-04T21:00:00Z'),
      source: { kind: 'paste' },
      csvText: 'xi,ni\n3,10\n',
      mapping: { xi: 'xi', ni: 'ni' },
      layout: 'proportions',
      options: { smd: 'hedges', ratio: 'RD', proportion: 'PFT' },
    });
    expect(migrateWorkspace(JSON.parse(JSON.stringify(proportions)))).toEqual({ ok: true, workspace: proportions });
    const reading = migrateWorkspace({ ...proportions, options: { ...proportions.options, proportion: 'XX' } });
    expect(!reading.ok && reading.problems[0]).toMatch(/^options\.proportion/);
  });

  it('refuses a newer version with a clear message instead of misreading it', () => {
    const reading = migrateWorkspace({ ...workspace, version: WORKSPACE_VERSION + 1 });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems[0]).toMatch(/newer version of the app/);
  });

  it('refuses anything that is not a workspace, naming the field', () => {
    expect(migrateWorkspace('text')).toEqual({ ok: false, problems: ['this is not a workspace file'] });
    expect(migrateWorkspace({ format: 'other' }).ok).toBe(false);
    const reading = migrateWorkspace({ ...workspace, settings: { ...workspace.settings, method: 'XX' } });
    expect(!reading.ok && reading.problems[0]).toMatch(/^settings\.method/);
  });

  it('keeps the chosen form of Egger’s test, and opens a workspace saved before the choice', () => {
    const chosen = { ...workspace, settings: { ...workspace.settings, eggerForm: 'rma' as const } };
    expect(migrateWorkspace(JSON.parse(JSON.stringify(chosen)))).toEqual({ ok: true, workspace: chosen });
    const before: Record<string, unknown> = { ...chosen.settings };
    delete before.eggerForm;
    const reading = migrateWorkspace({ ...chosen, settings: before });
    expect(reading.ok && reading.workspace.settings).not.toHaveProperty('eggerForm');
    const wrong = migrateWorkspace({ ...chosen, settings: { ...chosen.settings, eggerForm: 'egger' } });
    expect(!wrong.ok && wrong.problems[0]).toMatch(/^settings\.eggerForm/);
  });
});
