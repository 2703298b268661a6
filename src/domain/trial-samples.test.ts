import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../tests/render-with-evidence';
import type { Trial } from './evidence-schema';
import { countEvidence, evidenceCountText, participantText } from './trial-samples';
import { countTrialsAndReports } from './trials';

const trialsOf = (programmeId: string) => publishedDataset.trials.filter((trial) => trial.programmeId === programmeId);

function report(id: string, overrides: Partial<Trial> = {}): Trial {
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
