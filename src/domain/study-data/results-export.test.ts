import Papa from 'papaparse';
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
    // The first line is the header, not a comment; what the file is comes in the first row.
    expect(csv.split('\n')[0]).toMatch(/^section,name,line,/);
    expect(csv.split('\n')[1]).toMatch(/^about,"My work: re-analysed/);
    expect(csv).toContain("'=cmd()");
    for (const section of ['study', 'pooled', 'leave-one-out', 'subgroup (group)', 'between subgroups', 'egger'])
      expect(csv).toContain(`\n${section},`.replace('\nsubgroup (group),', '\nsubgroup (group),'));
  });

  it('defuses a formula in every cell, the workspace name and outcome too, and keeps negative numbers as numbers', () => {
    const rows = importStudies({
      text: 'study,yi,vi,outcome\n"@SUM(1)\nx",-0.1,0.04,"=HYPERLINK(1)"\n+B,0.3,0.09,"=HYPERLINK(1)"\n-C,0.2,0.05,"=HYPERLINK(1)"\n\tD,0.2,0.05,"=HYPERLINK(1)"\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows;
    const csv = resultsCsv(analyse(rows, DEFAULT_SETTINGS), DEFAULT_SETTINGS, 'difference', '=HYPERLINK("x")');
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    const cells = parsed.slice(1).flatMap((row) => row.slice(0, 2));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(
      '\'=HYPERLINK("x"): re-analysed in the browser with the Under-5s Evidence Explorer (method REML, test z, outcome =HYPERLINK(1))',
    );
    expect(parsed.find((row) => row[0] === 'study')?.[4]).toBe('-0.1');
  });

  it('gives a header-only template for each layout', () => {
    expect(templateCsv('yi-ci')).toBe('study,year,group,outcome,yi,ci_lower,ci_upper\n');
    expect(
      importStudies({ text: templateCsv('counts'), options: { smd: 'hedges', ratio: 'RR' } }).problems[0]?.reason,
    ).toBe('the file has a header but no rows of studies');
  });
});
