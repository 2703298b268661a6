import type { EvidenceDataset, InterventionTypeId } from '../evidence/evidence-schema';
import { countEvidence, evidenceCountText, participantText } from '../evidence/trial-samples';
import { FORMATS, FORMAT_LABELS } from '../evidence/vocabulary';
import { cell, row, type ComparisonTable } from './comparison-model';
import { findingsItems } from './programme-comparison';
import { pages } from '../pages/pages';

// The three types side by side: what each is, which programmes we coded to it, and how much evidence our sources
// name for them. Our sources give no pooled result per type, so no row may rank the types: the "pooled result" row
// says so in every column (it never differs), and study counts measure how much research exists, not how well it works.

export const NO_POOLED_RESULT_PER_TYPE =
  'Not in our sources. The review pooled its controlled studies by outcome; our sources do not say whether it compared the types and give no result for each type, so nothing here says one type works better than another.';

export function compareTypes(dataset: EvidenceDataset, typeIds: readonly InterventionTypeId[]): ComparisonTable {
  const perType = typeIds.map((typeId) => {
    const type = dataset.review.interventionTypes.find((candidate) => candidate.id === typeId);
    const programmes = dataset.programmes.filter((programme) => programme.type === typeId);
    const trials = dataset.trials.filter((trial) => programmes.some((programme) => programme.id === trial.programmeId));
    return { typeId, type, programmes, trials, count: countEvidence(trials, dataset.possibleOverlaps) };
  });
  const notReported = dataset.review.notReported.find((gap) => /each intervention type/i.test(gap.topic));
  const typeSource = (entry: (typeof perType)[number]) =>
    entry.type ? [{ sourceId: entry.type.sourceId, locator: entry.type.locator }] : [];

  const rows = [
    row(
      'whatItIs',
      'What it is',
      perType.map((entry) =>
        cell(
          entry.type
            ? [
                {
                  text: entry.type.summary,
                  sources: typeSource(entry),
                  note: 'Our plain-words summary of the review’s category.',
                },
              ]
            : [],
        ),
      ),
    ),
    row(
      'labelAsReported',
      'Name in the review’s news release',
      perType.map((entry) =>
        cell(entry.type ? [{ text: entry.type.labelAsReported, sources: typeSource(entry) }] : []),
      ),
    ),
    row(
      'programmes',
      'Programmes we coded to this type',
      perType.map((entry) =>
        cell(
          entry.programmes.map((programme) => ({
            text: programme.name,
            sources: [],
            note: `Why: ${programme.typeBasis}`,
          })),
          { missing: 'No programmes in our dataset' },
        ),
      ),
      {
        ourCoding: true,
        basis:
          'The review’s own coding of each study is not in our sources; several programmes fit more than one type.',
      },
    ),
    row(
      'formats',
      'Formats of its programmes (our coding)',
      perType.map((entry) => {
        const formats = FORMATS.filter((format) =>
          entry.programmes.some((programme) => programme.catalogue.formats.includes(format)),
        );
        return cell(
          formats.length > 0 ? [{ text: formats.map((format) => FORMAT_LABELS[format]).join(', '), sources: [] }] : [],
        );
      }),
      { ourCoding: true },
    ),
    row(
      'pooledResult',
      'Pooled result for this type',
      perType.map(() =>
        cell([
          {
            text: NO_POOLED_RESULT_PER_TYPE,
            sources: notReported ? [{ sourceId: notReported.sourceId, locator: notReported.locator }] : [],
          },
        ]),
      ),
    ),
    row(
      'studies',
      'Studies and reports in our sources',
      perType.map((entry) =>
        cell(
          entry.count.reportCount === 0
            ? []
            : [
                {
                  text: evidenceCountText(entry.count),
                  sources: [],
                  note: 'How much research our sources name for these programmes, not how well they work. Not the review’s list of 77 studies.',
                },
              ],
        ),
      ),
      {
        ourCoding: true,
        basis: 'Our count of the trial reports our sources name for the programmes we coded to each type.',
      },
    ),
    row(
      'participants',
      'Participants (total)',
      perType.map((entry) =>
        cell(entry.count.samples.length === 0 ? [] : [{ text: participantText(entry.count), sources: [] }], {
          missing: 'Not reported in our sources',
        }),
      ),
      { ourCoding: true, basis: 'Our sum of the numbers randomised or enrolled.' },
    ),
    row(
      'findings',
      'What the trials of its programmes found, by outcome and design',
      perType.map((entry) => cell(findingsItems(entry.trials), { missing: 'No trial outcomes in our sources' })),
      {
        ourCoding: true,
        basis:
          'Findings as each source states them, coded by us. Counts are findings, not studies, and are not a pooled result.',
      },
    ),
  ];

  return {
    kind: 'types',
    columns: perType.map((entry) => ({
      id: entry.typeId,
      name: entry.type?.name ?? entry.typeId,
      path: pages.type.href(entry.typeId),
    })),
    rows,
  };
}
