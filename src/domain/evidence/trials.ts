import type { EvidenceDataset, TrialReport, TrialSample } from './evidence-schema';
import { DESIGN_CODES, DESIGN_SHORT_LABELS, type DesignCode } from './vocabulary';

// Trials versus reports. A trial is one sample of participants (`trialSamples`); a report is one paper or summary about
// it (`trials`, kept under that name for the URLs and anchors). Every count in the app goes through these functions,
// so "6 trials (8 reports)" reads the same on every page.

export interface TrialCount {
  /** Distinct samples. */
  trials: number;
  /** Reports about those samples: main, follow-up and secondary reports. */
  reports: number;
  /** Summaries of several trials (for example a developer's web page): counted apart, never as evidence of their own. */
  summaries: number;
}

type Reports = Pick<EvidenceDataset, 'trials'>;

export function countTrialsAndReports(dataset: Reports, programmeId?: string): TrialCount {
  const reports = dataset.trials.filter((report) => programmeId === undefined || report.programmeId === programmeId);
  const evidence = reports.filter((report) => report.sampleId !== null);
  return {
    trials: new Set(evidence.map((report) => report.sampleId)).size,
    reports: evidence.length,
    summaries: reports.length - evidence.length,
  };
}

/** A sentence flagging trials counted apart that may share participants; empty when there are none. */
export function overlapSentence(
  dataset: { possibleOverlaps: readonly { programmeId: string; sampleIds: readonly string[] }[] },
  programmeId?: string,
): string {
  const overlaps = dataset.possibleOverlaps.filter(
    (overlap) => programmeId === undefined || overlap.programmeId === programmeId,
  );
  if (overlaps.length === 0) return '';
  const trials = overlaps.reduce((total, overlap) => total + overlap.sampleIds.length, 0);
  return ` ${trials} of these trials may share participants (${overlaps.length === 1 ? 'one possible overlap' : `${overlaps.length} possible overlaps`}, flagged on ${overlaps.length === 1 ? 'its programme page' : 'their programme pages'}): our sources do not say whether they are separate.`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "6 trials (8 reports)"; "1 trial (1 report)"; "No trials in our sources". Summaries are not mentioned here. */
export function formatTrialCount(count: TrialCount): string {
  if (count.trials === 0) return 'No trials in our sources';
  return `${plural(count.trials, 'trial')} (${plural(count.reports, 'report')})`;
}

/** The trials of a set of reports, each with its reports in dataset order (the main report first). */
export interface TrialWithReports {
  sampleId: string;
  sample: TrialSample | undefined;
  reports: TrialReport[];
  /** The design of the trial: that of its first report (all reports of one sample share it). */
  designCode: DesignCode;
}

export function groupReportsByTrial(
  reports: readonly TrialReport[],
  samples: readonly TrialSample[] = [],
): TrialWithReports[] {
  const trials: TrialWithReports[] = [];
  for (const report of reports) {
    if (report.sampleId === null) continue;
    const existing = trials.find((trial) => trial.sampleId === report.sampleId);
    if (existing) existing.reports.push(report);
    else
      trials.push({
        sampleId: report.sampleId,
        sample: samples.find((sample) => sample.id === report.sampleId),
        reports: [report],
        designCode: report.designCode,
      });
  }
  for (const trial of trials) {
    const main = trial.reports.find((report) => report.reportKind === 'primary');
    if (main) trial.designCode = main.designCode;
  }
  return trials;
}

/** "6 trials (8 reports): 5 RCT; 1 before and after", counting each trial once by its design. */
export function trialDesignSummary(reports: readonly TrialReport[]): string {
  const trials = groupReportsByTrial(reports);
  const count = formatTrialCount({
    trials: trials.length,
    reports: trials.reduce((total, trial) => total + trial.reports.length, 0),
    summaries: 0,
  });
  if (trials.length === 0) return count;
  const parts = DESIGN_CODES.map((code) => [code, trials.filter((trial) => trial.designCode === code).length] as const)
    .filter(([, number]) => number > 0)
    .map(([code, number]) => `${number} ${DESIGN_SHORT_LABELS[code]}`);
  return `${count}: ${parts.join('; ')}`;
}

// Some sources could not show the authors and say so in the author field ("Not displayed in excerpt (PMC2928150)",
// "Robert-Tissot C, et al. (full author list not displayed)"). Those words are a note, not a name: never show them as
// authors, in a label, a citation or an export (audit P15).
const PLACEHOLDER = /not displayed|not captured|not visible|not reported|excerpt|not (?:stated )?in our sources/i;

/** The report's authors as a name list, without placeholder notes; null when the sources do not give them. */
export function reportAuthors(report: Pick<TrialReport, 'citation'>): string | null {
  const parts = (report.citation.authors ?? '')
    .split(';')
    .map((part) =>
      part
        // A note in brackets about what could not be seen: "(full author list not displayed)".
        .replace(/\s*\([^)]*\)/g, (note) => (PLACEHOLDER.test(note) ? '' : note))
        // A trailing note: "… - report authors not in our sources".
        .replace(/\s+-\s+[^-]*$/, (note) => (PLACEHOLDER.test(note) ? '' : note))
        .trim(),
    )
    // A part that is a note, or a role rather than a name ("evaluators Anna Freud Centre").
    .filter((part) => part !== '' && !PLACEHOLDER.test(part) && !/^[a-z]/.test(part));
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A short label: "Sadler 2013"; without authors, the start of the title: "Mothers and Toddlers… (2010)". */
export function reportLabel(report: Pick<TrialReport, 'citation'>): string {
  const authors = reportAuthors(report);
  const year = report.citation.year;
  if (authors) {
    const first = authors.split(/[,;]/)[0]?.trim() ?? authors;
    // "Sadler LS" → "Sadler"; an organisation name is kept whole.
    const surname = /^(.+?)\s+[A-Z](?:[A-Z]|-[A-Z]){0,3}$/.exec(first)?.[1] ?? first;
    return `${surname}${year ? ` ${year}` : ''}`;
  }
  const words = report.citation.title.split(' ');
  const title = words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : report.citation.title;
  return `“${title}”${year ? ` (${year})` : ''}`;
}
