import { z } from 'zod';
import type { HelpNowEntry } from '../../src/domain/evidence/evidence-schema';
import type { Named } from './named';
import { DataBuildError } from './data-build-error';

// Help now (help-now.json): whom a parent who is unwell now can contact, by nation, each with the page it was read
// from. Only entries the compilers marked ready to show are built; the words a reader sees are ours
// (content/help-now.json), and every number in them must be printed in the entry's source text.

const text = z.string().min(1);

export const helpNowInSchema = z.array(
  z
    .object({
      id: text,
      what: text,
      contact: text,
      whenToUse: text,
      nation: text,
      sourceUrl: text,
      quote: text,
      extraQuotes: z.array(z.object({ sourceUrl: text, quote: text }).loose()).optional(),
      sourceKind: text,
      readyToShow: z.boolean(),
      caution: z.string().nullable(),
    })
    .loose(),
);
export type HelpNowIn = z.infer<typeof helpNowInSchema>;

export const helpNowContentSchema = z.strictObject({
  compiledOn: z.iso.date(),
  entries: z.array(
    z.strictObject({
      /** The id in help-now.json. */
      id: text,
      /** The help's name, as a parent would ask for it. */
      name: text,
      /** How to reach it: the number or the words to say, as the source prints them. */
      contact: text,
      /** Our sentence: when to use it, restating the source. */
      when: text,
      /** Who published the page it was read from. */
      sourceName: text,
    }),
  ),
});
export type HelpNowContent = z.infer<typeof helpNowContentSchema>;

const NATIONS = ['UK', 'England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
const isNation = (value: string): value is HelpNowEntry['nation'] => (NATIONS as readonly string[]).includes(value);

/** Runs of digits (a phone number's groups joined), so "116 123" and "116123" compare equal. */
const numbersIn = (value: string) => (value.replace(/(\d)\s+(?=\d)/g, '$1').match(/\d+/g) ?? []).map(String);

export function buildHelpNow(
  evidence: HelpNowIn,
  content: Named<HelpNowContent>,
  sourceIdFor: (url: string, details: { title: string }) => string,
): HelpNowEntry[] {
  const file = content.file;
  const ready = evidence.filter((entry) => entry.readyToShow);
  for (const entry of ready) {
    if (!content.data.entries.some((words) => words.id === entry.id))
      throw new DataBuildError(
        file,
        'entries',
        `has no words for "${entry.id}", which help-now.json marks ready to show`,
      );
  }
  return content.data.entries.map((words, index) => {
    const entry = evidence.find((candidate) => candidate.id === words.id);
    if (!entry) throw new DataBuildError(file, `entries.${String(index)}.id`, `"${words.id}" is not in help-now.json`);
    if (!entry.readyToShow)
      throw new DataBuildError(
        file,
        `entries.${String(index)}.id`,
        `"${words.id}" is not marked ready to show in help-now.json (${entry.caution ?? 'no caution given'})`,
      );
    if (!isNation(entry.nation))
      throw new DataBuildError(
        'sources/help-now.json',
        `${entry.id}.nation`,
        `"${entry.nation}" is not one of ${NATIONS.join(', ')}`,
      );
    const printed = new Set(
      numbersIn([entry.contact, entry.quote, ...(entry.extraQuotes ?? []).map((q) => q.quote)].join(' ')),
    );
    for (const number of numbersIn(`${words.name} ${words.contact}`)) {
      if (!printed.has(number))
        throw new DataBuildError(
          file,
          `entries.${String(index)}.contact`,
          `"${number}" is not printed in the source of "${entry.id}"; copy numbers from help-now.json only`,
        );
    }
    return {
      id: entry.id,
      nation: entry.nation,
      name: words.name,
      contact: words.contact,
      when: words.when,
      sourceId: sourceIdFor(entry.sourceUrl, { title: words.sourceName }),
      sourceName: words.sourceName,
      caution: entry.caution,
    };
  });
}
