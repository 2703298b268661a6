import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { citedAddress, citedLink, citedSourceLink, copyKind } from './source-hosts';

describe('source hosts (issue 17 part 5)', () => {
  it.each([
    ['https://stage.homvee.net/studies/x', 'test-site'],
    ['https://minnesota-staging.elsevierpure.com/en/x', 'test-site'],
    ['https://discovery-pp.ucl.ac.uk/id/eprint/1', 'test-site'],
    ['https://dev.medworm.com/1', 'test-site'],
    ['https://www.scribd.com/document/1', 'document-sharing'],
    ['https://m.booksci.cn/literaturecn/1.htm', 'summary-site'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC1', null],
    ['https://homvee.acf.hhs.gov/Model/1', null],
    ['https://www.annafreud.org/research', null],
  ])('%s is %s', (url, kind) => {
    expect(copyKind(url)).toBe(kind);
  });

  it('cites the original where our sources hold it: the DOI, or the same registry record on the official site', () => {
    const sources = [{ url: 'http://homvee.acf.hhs.gov/study.aspx?spid=WWHV038829' }];
    expect(citedLink({ sources } as never, { url: 'https://stage.homvee.net/studies/wwhv038829' })?.href).toBe(
      'http://homvee.acf.hhs.gov/study.aspx?spid=WWHV038829',
    );
    expect(citedLink({ sources: [] }, { url: 'https://docslib.org/doc/1' }, '10.1/x')?.href).toBe(
      'https://doi.org/10.1/x',
    );
    const alone = citedLink({ sources: [] }, { url: 'https://docslib.org/doc/1' });
    expect(alone?.href).toBe('https://docslib.org/doc/1');
    expect(alone?.copy).toMatchObject({ kind: 'document-sharing', originalLinked: false });
  });

  it('cites an address from outside the dataset (a provision fact) by the DOI in it, or labels it as a copy', () => {
    expect(citedAddress('https://zendy.io/title/10.1002%2Fimhj.1')?.href).toBe('https://doi.org/10.1002/imhj.1');
    const copy = citedAddress('https://staging.example.wales/report');
    expect(copy?.href).toBe('https://staging.example.wales/report');
    expect(copy?.copy).toMatchObject({ kind: 'test-site', originalLinked: false });
    expect(citedAddress('https://www.gov.uk/guidance')).toEqual({ href: 'https://www.gov.uk/guidance', copy: null });
  });

  it('links every trial report whose source is a copy to its DOI when the report has one', () => {
    for (const trial of dataset.trials) {
      const source = dataset.sources.find((candidate) => candidate.id === trial.sourceId);
      const link = citedSourceLink(dataset, source);
      if (link?.copy && trial.citation.doi) expect(link.href).toBe(`https://doi.org/${trial.citation.doi}`);
    }
  });
});
