import type { Trial } from './evidence-schema';
import { DESIGN_CODES, DESIGN_SHORT_LABELS, type DesignCode } from './vocabulary';

// Counting trials and reports. A trial (or study, when not randomised) is one sample of families. Several reports can
// describe one sample: a follow-up, or a second paper under the same registration. The dataset ties reports together
// only where a source says so (`sameSampleAs`); everything else counts as a sample of its own, and a suspected but
// unstated link (`possibleOverlap`) is reported, not merged. A developer's summary of other reports adds no sample.

export interface TrialSample {
  /** The first report of the sample: the one the others point to. */
  id: string;
  reports: Trial[];
  designCode: DesignCode;
  /**
   * The largest number randomised or enrolled that any report of this sample states. Derived: follow-ups often
   * report fewer, so the largest is the size of the sample as first recruited. Null when no report states one.
   */
  participants: number | null;
  /** Suspected links to other samples that our sources do not state, with why we suspect them. */
  possibleOverlaps: { trialId: string; basis: string }[];
}

export interface EvidenceCount {
  /** Every report in the dataset, summaries included. */
  reportCount: number;
  /** Developer summaries of reports already listed: reports, but no evidence of their own. */
  summaryCount: number;
  samples: TrialSample[];
  randomisedCount: number;
  /** Sum of each sample's participants, over the samples that state one. Derived. */
  participantTotal: number;
  /** Samples whose size no report states. */
  samplesWithoutParticipants: number;
}

function rootOf(trial: Trial, byId: ReadonlyMap<string, Trial>): Trial {
  let current = trial;
  const seen = new Set<string>();
  while (current.sameSampleAs !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.sameSampleAs.trialId);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Groups one programme's reports (or any list of reports) into samples and counts them. */
export function countEvidence(trials: readonly Trial[]): EvidenceCount {
  const byId = new Map(trials.map((trial) => [trial.id, trial]));
  const groups = new Map<string, Trial[]>();
  const summaries = trials.filter((trial) => trial.reportKind === 'summary');
  for (const trial of trials) {
    if (trial.reportKind === 'summary') continue;
    const root = rootOf(trial, byId);
    groups.set(root.id, [...(groups.get(root.id) ?? []), trial]);
  }
  const samples = [...groups.entries()].map(([id, reports]): TrialSample => {
    const root = byId.get(id) ?? reports[0];
    const sizes = reports.map((report) => report.n).filter((n): n is number => n !== null);
    const possibleOverlaps = reports.flatMap((report) => (report.possibleOverlap ? [{ trialId: report.possibleOverlap.trialId, basis: report.possibleOverlap.basis }] : []));
    return {
      id,
      reports,
      designCode: root?.designCode ?? 'other',
      participants: sizes.length > 0 ? Math.max(...sizes) : null,
      possibleOverlaps,
    };
  });
  return {
    reportCount: trials.length,
    summaryCount: summaries.length,
    samples,
    randomisedCount: samples.filter((sample) => sample.designCode === 'rct').length,
    participantTotal: samples.reduce((total, sample) => total + (sample.participants ?? 0), 0),
    samplesWithoutParticipants: samples.filter((sample) => sample.participants === null).length,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "3 studies (2 RCT; 1 before and after) from 5 reports", in plain words. */
export function evidenceCountText(count: EvidenceCount): string {
  if (count.samples.length === 0) return count.reportCount === 0 ? 'No trials in our dataset' : 'No trials of its own in our dataset (a summary only)';
  const designs = DESIGN_CODES.map((code) => [code, count.samples.filter((sample) => sample.designCode === code).length] as const)
    .filter(([, number]) => number > 0)
    .map(([code, number]) => `${number} ${DESIGN_SHORT_LABELS[code]}`)
    .join('; ');
  return `${plural(count.samples.length, 'study', 'studies')} (${designs}) from ${plural(count.reportCount, 'report', 'reports')}`;
}

/** "About 520 participants (derived; 1 study does not state its size)". */
export function participantText(count: EvidenceCount): string {
  if (count.samples.length === 0) return 'Not reported in our sources';
  if (count.samplesWithoutParticipants === count.samples.length) return 'Not reported in our sources';
  const missing =
    count.samplesWithoutParticipants > 0 ? `; ${plural(count.samplesWithoutParticipants, 'study does', 'studies do')} not state a number` : '';
  return `${count.participantTotal.toLocaleString('en-GB')} (our sum of the numbers randomised or enrolled${missing})`;
}
