import { describe, expect, it } from 'vitest';
import { buildHelpNow, type HelpNowContent, type HelpNowIn } from './build-help-now';
import { DataBuildError } from './data-build-error';

const entry = (id: string, overrides: Partial<HelpNowIn[number]> = {}): HelpNowIn[number] => ({
  id,
  what: 'A helpline',
  contact: '116 123',
  whenToUse: 'struggling to cope',
  nation: 'UK',
  sourceUrl: `https://example.org/${id}`,
  quote: 'You can ring us free on 116 123.',
  sourceKind: 'charity',
  readyToShow: true,
  caution: null,
  ...overrides,
});
const words = (id: string, contact = 'Call 116 123 (free)') => ({
  id,
  name: 'A helpline',
  contact,
  when: 'If you are struggling to cope.',
  sourceName: 'Example',
});
const named = (entries: HelpNowContent['entries']) => ({
  file: 'content/help-now.json',
  data: { compiledOn: '2026-12-03', entries },
});
const sourceIdFor = () => 'example-page';

describe('buildHelpNow', () => {
  it('builds the entries marked ready to show, with our words and the source of each', () => {
    const built = buildHelpNow(
      [entry('line'), entry('unchecked', { readyToShow: false })],
      named([words('line')]),
      sourceIdFor,
    );
    expect(built).toEqual([
      {
        id: 'line',
        nation: 'UK',
        name: 'A helpline',
        contact: 'Call 116 123 (free)',
        when: 'If you are struggling to cope.',
        sourceId: 'example-page',
        sourceName: 'Example',
        caution: null,
      },
    ]);
  });

  it('refuses an entry that is not marked ready to show, or a ready one with no words', () => {
    expect(() =>
      buildHelpNow([entry('unchecked', { readyToShow: false })], named([words('unchecked')]), sourceIdFor),
    ).toThrow(/not marked ready to show/);
    expect(() => buildHelpNow([entry('line')], named([]), sourceIdFor)).toThrow(DataBuildError);
  });

  it('refuses a number the source does not print, and a nation it does not know', () => {
    expect(() => buildHelpNow([entry('line')], named([words('line', 'Call 116 124')]), sourceIdFor)).toThrow(
      /"116124" is not printed/,
    );
    expect(() =>
      buildHelpNow([entry('line', { nation: 'not stated in the source' })], named([words('line')]), sourceIdFor),
    ).toThrow(/is not one of/);
  });
});
