import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS } from './analyse';
import { importStudies } from './import-studies';
import { resultsCsv, templateCsv } from './results-export';

describe('resultsCsv', () => {
  it('writes every study, the pooled result, leave-one-out, subgroups and Egger, and defuses formulae', () => {
    const rows = importStudies({
      text: 'study,yi,vi,group\n=cmd(),0.1,0.04,a\nB,0.3,0.09,b\nC,0.2,0.05,a\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows;
    const settings = { ...DEFAULT_SETTINGS, subgroupBy: 'group' as const };
    const csv = resultsCsv(analyse(rows, settings), settings, 'difference', 'My work');
    expect(csv.split('\n')[0]).toMatch(/^# My work: re-analysed/);
    expect(csv).toContain("'=cmd()");
    for (const section of ['study', 'pooled', 'leave-one-out', 'subgroup (group)', 'between subgroups', 'egger'])
      expect(csv).toContain(`\n${section},`.replace('\nsubgroup (group),', '\nsubgroup (group),'));
  });

  it('gives a header-only template for each layout', () => {
    expect(templateCsv('yi-ci')).toBe('study,year,group,outcome,yi,ci_lower,ci_upper\n');
    expect(
      importStudies({ text: templateCsv('counts'), options: { smd: 'hedges', ratio: 'RR' } }).problems[0]?.reason,
    ).toBe('the file has a header but no rows of studies');
  });
});
