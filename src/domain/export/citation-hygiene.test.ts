import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { reportAuthors, reportLabel } from '../evidence/trials';
import {
  cleanPages,
  pageRange,
  plainReference,
  releaseReference,
  reviewReference,
  risDate,
  toBibtex,
  toRis,
  trialReference,
} from './citations';

// Audit P15: citations without placeholder authors, RIS dates as YYYY/MM/DD and pages split into SP and EP.

const PLACEHOLDER = /not displayed|not captured|not visible|excerpt|not (?:stated )?in our sources|not reported/i;
const references = [
  reviewReference(dataset),
  releaseReference(dataset),
  ...dataset.trials.map((trial) => trialReference(dataset, trial)),
];

describe('citation hygiene (audit P15)', () => {
  it('never gives a placeholder as an author, in a label, a reference line, RIS or BibTeX', () => {
    for (const trial of dataset.trials) {
      expect(reportAuthors(trial) ?? '').not.toMatch(PLACEHOLDER);
      expect(reportLabel(trial)).not.toMatch(PLACEHOLDER);
    }
    for (const reference of references) {
      for (const author of reference.authors)
        expect(author.kind === 'person' ? author.person.family : author.name).not.toMatch(PLACEHOLDER);
      expect(plainReference(reference).split('. ')[0]).not.toMatch(PLACEHOLDER);
    }
    const ris = toRis(references, '2026-12-03');
    for (const line of ris.split('\r\n').filter((text) => text.startsWith('AU  - ')))
      expect(line).not.toMatch(PLACEHOLDER);
    expect(
      toBibtex(references, '2026-12-03')
        .match(/author = \{.*\}/g)
        ?.join(' ') ?? '',
    ).not.toMatch(PLACEHOLDER);
  });

  it('writes every RIS date as YYYY/MM/DD (or a year alone as YYYY///)', () => {
    const ris = toRis(references, '2026-12-03');
    const dates = ris.split('\r\n').filter((line) => /^(DA|Y2) {2}- /.test(line));
    expect(dates.length).toBeGreaterThan(0);
    for (const line of dates) expect(line.slice(6)).toMatch(/^\d{4}\/(\d{2}\/\d{2}|\/\/)$/);
    expect(risDate('6 October 2022')).toBe('2022/10/06');
    expect(risDate('2023-06-26')).toBe('2023/06/26');
    expect(risDate('2023')).toBe('2023///');
    expect(risDate('Research Evidence Last Reviewed: Mar 2020')).toBeNull();
  });

  it('splits every page range into SP and EP and never prints an open range', () => {
    expect(cleanPages('278-.')).toBe('278');
    expect(cleanPages('advance online publication, 1-15')).toBe('1-15');
    expect(pageRange('179-214')).toEqual({ start: '179', end: '214' });
    const ris = toRis(references, '2026-12-03');
    for (const record of ris.split('ER  - ')) {
      const start = /SP {2}- (.*)/.exec(record)?.[1];
      if (start) expect(start).toMatch(/^\d+$/);
      const end = /EP {2}- (.*)/.exec(record)?.[1];
      if (end) expect(end).toMatch(/^\d+$/);
    }
    for (const reference of references) expect(reference.pages ?? '').not.toMatch(/[-–]\.?$/);
  });
});
