import { countOf } from '../format';
import { maxOf } from './extremes';
import type { PossibleOverlap, TrialReport } from './evidence-schema';
import { formatTrialCount } from './trials';
import { DESIGN_CODES, DESIGN_SHORT_LABELS, type DesignCode } from './vocabulary';

// Trial sizes and designs for comparisons. Reports are grouped into trials by `sampleId` (see trials.ts and
// `trialSamples` in the dataset: grouped only where our sources say reports share a sample or registration). A
// developer's summary of other reports adds no trial.

export interface TrialSample {
  /** The first report of the sample: the one the others point to. */
  id: string;
  reports: TrialReport[];
  designCode: DesignCode;
  /**
   * The largest number randomised or enrolled that any report of this sample states. Derived: follow-ups often
   * report fewer, so the largest is the size of the sample as first recruited. Null when no report states one.
   */
  participants: number | null;
}

export interface EvidenceCount {
  /** Reports about trials (main, follow-up and secondary); summaries not included. */
  reportCount: number;
  /** Developer summaries of reports already listed: reports, but no evidence of their own. */
  summaryCount: number;
  samples: TrialSample[];
  randomisedCount: number;
  /** Sum of each sample's participants, over the samples that state one. Derived. */
  participantTotal: number;
  /** Samples whose size no report states. */
  samplesWithoutParticipants: number;
  /** Samples whose number is the number analysed, not randomised or enrolled (no report gives the larger number). */
  samplesCountingAnalysed: number;
  /** Trials counted apart here that may share participants (both trials among these samples). */
  overlaps: PossibleOverlap[];
  /** The most participants the total may count twice: for each possible overlap, the smaller trial's number. */
  possiblyCountedTwice: number;
}

/** Groups one programme's reports (or any list of reports) into samples and counts them. */
export function countEvidence(
  trials: readonly TrialReport[],
  possibleOverlaps: readonly PossibleOverlap[] = [],
): EvidenceCount {
  const groups = new Map<string, TrialReport[]>();
  const summaries = trials.filter((trial) => trial.sampleId === null);
  for (const trial of trials) {
    if (trial.sampleId === null) continue;
    groups.set(trial.sampleId, [...(groups.get(trial.sampleId) ?? []), trial]);
  }
  const samples = [...groups.entries()].map(([id, reports]): TrialSample => {
    const root = reports[0];
    const sizes = reports.map((report) => report.n).filter((n): n is number => n !== null);
    return {
      id,
      reports,
      designCode: root?.designCode ?? 'other',
      participants: sizes.length > 0 ? maxOf(sizes) : null,
    };
  });
  const overlaps = possibleOverlaps.filter((overlap) =>
    overlap.sampleIds.every((sampleId) => samples.some((sample) => sample.id === sampleId)),
  );
  const possiblyCountedTwice = overlaps.reduce((total, overlap) => {
    const sizes = overlap.sampleIds.map((sampleId) => samples.find((sample) => sample.id === sampleId)?.participants);
    const known = sizes.filter((size): size is number => typeof size === 'number');
    return total + (known.length === sizes.length ? Math.min(...known) : 0);
  }, 0);
  const countsAnalysed = (sample: TrialSample) => {
    const largest = sample.reports.find((report) => report.n === sample.participants);
    return largest?.nCounts?.kind === 'analysed';
  };
  return {
    overlaps,
    possiblyCountedTwice,
    samplesCountingAnalysed: samples.filter((sample) => sample.participants !== null && countsAnalysed(sample)).length,
    reportCount: trials.length - summaries.length,
    summaryCount: summaries.length,
    samples,
    randomisedCount: samples.filter((sample) => sample.designCode === 'rct').length,
    participantTotal: samples.reduce((total, sample) => total + (sample.participants ?? 0), 0),
    samplesWithoutParticipants: samples.filter((sample) => sample.participants === null).length,
  };
}

/** "3 trials (5 reports): 2 RCT; 1 before and after", worded as formatTrialCount words every other count. */
export function evidenceCountText(count: EvidenceCount): string {
  if (count.samples.length === 0)
    return count.summaryCount === 0
      ? 'No trials in our sources'
      : 'No trials of its own in our sources (a summary only)';
  const designs = DESIGN_CODES.map(
    (code) => [code, count.samples.filter((sample) => sample.designCode === code).length] as const,
  )
    .filter(([, number]) => number > 0)
    .map(([code, number]) => `${number} ${DESIGN_SHORT_LABELS[code]}`)
    .join('; ');
  const trials = formatTrialCount({
    trials: count.samples.length,
    reports: count.reportCount,
    summaries: count.summaryCount,
  });
  const overlap =
    count.overlaps.length > 0
      ? `; ${countOf(count.overlaps.length * 2, 'trial', 'trials')} may be reports of fewer trials (possible overlap)`
      : '';
  return `${trials}: ${designs}${overlap}`;
}

/** "About 520 participants (derived; 1 study does not state its size)". */
export function participantText(count: EvidenceCount): string {
  if (count.samples.length === 0) return 'Not reported in our sources';
  if (count.samplesWithoutParticipants === count.samples.length) return 'Not reported in our sources';
  const missing =
    count.samplesWithoutParticipants > 0
      ? `; ${countOf(count.samplesWithoutParticipants, 'trial does', 'trials do')} not state a number`
      : '';
  const analysed =
    count.samplesCountingAnalysed > 0
      ? `; for ${countOf(count.samplesCountingAnalysed, 'trial', 'trials')} only the number analysed is in our sources`
      : '';
  const twice =
    count.possiblyCountedTwice > 0
      ? `; may count up to ${count.possiblyCountedTwice.toLocaleString('en-GB')} participants twice, where trials may overlap`
      : '';
  return `${count.participantTotal.toLocaleString('en-GB')} (our sum of the numbers randomised or enrolled${analysed}${missing}${twice})`;
}
