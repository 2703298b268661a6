import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import type { TrialReport } from './evidence-schema';
import { countEvidence, evidenceCountText, participantText } from './trial-samples';
import { countTrialsAndReports } from './trials';

const trialsOf = (programmeId: string) => publishedDataset.trials.filter((trial) => trial.programmeId === programmeId);

function report(id: string, overrides: Partial<TrialReport> = {}): TrialReport {
  const base = publishedDataset.trials[0];
  if (!base) throw new Error('no trials');
  return { ...base, id, n: null, reportKind: 'primary', designCode: 'rct', sampleId: id, ...overrides };
}

describe('countEvidence', () => {
  it('counts a follow-up that a source ties to its trial as one trial and two reports', () => {
    const count = countEvidence([
      report('a', { n: 75 }),
      report('b', { n: 58, reportKind: 'follow-up', sampleId: 'a' }),
    ]);
    expect(count.reportCount).toBe(2);
    expect(count.samples).toHaveLength(1);
    expect(count.samples[0]?.participants).toBe(75);
    expect(evidenceCountText(count)).toBe('1 trial (2 reports): 1 RCT');
  });

  it('counts reports with different samples as separate trials', () => {
    const count = countEvidence([report('a', { n: 10 }), report('b', { n: 20 })]);
    expect(count.samples).toHaveLength(2);
    expect(count.participantTotal).toBe(30);
  });

  it('adds no study for a summary and says when no report states a size', () => {
    const count = countEvidence([
      report('s', { reportKind: 'summary', n: 237, sampleId: null }),
      report('a', { designCode: 'pre-post' }),
    ]);
    expect(count.summaryCount).toBe(1);
    expect(count.samples).toHaveLength(1);
    expect(participantText(count)).toBe('Not reported in our sources');
    expect(evidenceCountText(countEvidence([]))).toBe('No trials in our sources');
  });

  it('on the published data, agrees with countTrialsAndReports for every programme', () => {
    for (const programme of publishedDataset.programmes) {
      const count = countEvidence(trialsOf(programme.id));
      const reference = countTrialsAndReports(publishedDataset, programme.id);
      expect(count.samples, programme.id).toHaveLength(reference.trials);
      expect(count.reportCount, programme.id).toBe(reference.reports);
      expect(count.summaryCount, programme.id).toBe(reference.summaries);
    }
  });
});

describe('possible overlaps and analysed numbers (audit P6)', () => {
  it('flags trials that may share participants, with the most that may be counted twice', () => {
    const overlap = { id: 'x', programmeId: 'p', sampleIds: ['a', 'b'], basis: 'Same centre.' };
    const count = countEvidence([report('a', { n: 38 }), report('b', { n: 75 })], [overlap]);
    expect(count.overlaps).toEqual([overlap]);
    expect(count.possiblyCountedTwice).toBe(38);
    expect(participantText(count)).toContain('may count up to 38 participants twice');
    expect(evidenceCountText(count)).toContain('possible overlap');
    expect(countEvidence([report('a', { n: 38 })], [overlap]).overlaps).toEqual([]);
  });

  it('flags every possible overlap of the dataset in its programme’s counts', () => {
    for (const overlap of publishedDataset.possibleOverlaps) {
      const count = countEvidence(trialsOf(overlap.programmeId), publishedDataset.possibleOverlaps);
      expect(count.overlaps.map((item) => item.id)).toContain(overlap.id);
      expect(participantText(count)).toMatch(/twice/);
    }
  });

  it('says when a trial’s number is the number analysed, not randomised', () => {
    const analysed = publishedDataset.trials.filter((trial) => trial.nCounts?.kind === 'analysed');
    expect(analysed.length).toBeGreaterThan(0);
    for (const trial of analysed) {
      const text = participantText(countEvidence(trialsOf(trial.programmeId), publishedDataset.possibleOverlaps));
      expect(text).toMatch(/only the number analysed/);
    }
  });
});

describe('coding notes agree with the figures beside them (audit P2, P20)', () => {
  const outcomes = publishedDataset.trials.flatMap((trial) => trial.outcomes.map((outcome) => ({ trial, outcome })));

  it('never says no test is printed where a p value is printed', () => {
    for (const { trial, outcome } of outcomes)
      if (outcome.p !== null)
        expect(outcome.coding.reason ?? '', `${trial.id} ${outcome.measure}`).not.toMatch(/no test is printed/i);
  });

  it('comments on a printed odds ratio shown beside two group percentages', () => {
    for (const { trial, outcome } of outcomes) {
      const percentages = outcome.resultText.match(/\d+(?:\.\d+)?%/g) ?? [];
      if (outcome.effectSize?.metric !== 'odds ratio' || percentages.length !== 2) continue;
      expect(outcome.coding.reason ?? '', `${trial.id} ${outcome.measure}`).toMatch(/crude odds ratio/);
    }
  });
});
