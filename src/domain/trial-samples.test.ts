import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../tests/render-with-evidence';
import type { Trial } from './evidence-schema';
import { countEvidence, evidenceCountText, participantText } from './trial-samples';

const trialsOf = (programmeId: string) => publishedDataset.trials.filter((trial) => trial.programmeId === programmeId);

function report(id: string, overrides: Partial<Trial> = {}): Trial {
  const base = publishedDataset.trials[0];
  if (!base) throw new Error('no trials');
  return { ...base, id, n: null, reportKind: 'primary', designCode: 'rct', sameSampleAs: null, possibleOverlap: null, ...overrides };
}

describe('countEvidence', () => {
  it('counts a follow-up that a source ties to its trial as one trial and two reports', () => {
    const count = countEvidence([
      report('a', { n: 75 }),
      report('b', { n: 58, reportKind: 'follow-up', sameSampleAs: { trialId: 'a', relation: 'follow-up', basis: 'says so', codedBy: 'project' } }),
    ]);
    expect(count.reportCount).toBe(2);
    expect(count.samples).toHaveLength(1);
    expect(count.samples[0]?.participants).toBe(75);
    expect(evidenceCountText(count)).toBe('1 study (1 RCT) from 2 reports');
  });

  it('counts reports the data cannot tie together as separate studies, and keeps a suspected overlap as a note', () => {
    const count = countEvidence([report('a', { n: 10 }), report('b', { n: 20, possibleOverlap: { trialId: 'a', basis: 'same centre', codedBy: 'project' } })]);
    expect(count.samples).toHaveLength(2);
    expect(count.participantTotal).toBe(30);
    expect(count.samples[1]?.possibleOverlaps).toEqual([{ trialId: 'a', basis: 'same centre' }]);
  });

  it('adds no study for a summary and says when no report states a size', () => {
    const count = countEvidence([report('s', { reportKind: 'summary', n: 237 }), report('a', { designCode: 'pre-post' })]);
    expect(count.summaryCount).toBe(1);
    expect(count.samples).toHaveLength(1);
    expect(participantText(count)).toBe('Not reported in our sources');
    expect(evidenceCountText(countEvidence([]))).toBe('No trials in our dataset');
  });

  it('on the published data, each report the sources tie to another joins its sample, and summaries add none', () => {
    for (const programme of publishedDataset.programmes) {
      const trials = trialsOf(programme.id);
      const count = countEvidence(trials);
      const ownSamples = trials.filter((trial) => trial.reportKind !== 'summary' && trial.sameSampleAs === null).length;
      expect(count.samples, programme.id).toHaveLength(ownSamples);
      expect(count.reportCount).toBe(trials.length);
    }
    const minding = countEvidence(trialsOf('minding-the-baby'));
    expect(minding.samples.find((sample) => sample.id === 'mtb-sadler2013')?.reports.map((trial) => trial.id)).toContain('mtb-ordway2014');
  });
});
