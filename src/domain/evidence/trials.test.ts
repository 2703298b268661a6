import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from './parse-evidence';
import {
  countTrialsAndReports,
  formatTrialCount,
  groupReportsByTrial,
  reportAuthors,
  reportLabel,
  trialDesignSummary,
} from './trials';

const dataset = parseEvidenceDataset(publishedJson);

describe('counting trials and reports', () => {
  it('counts a follow-up of a trial as a report of the same trial, never as a trial of its own', () => {
    const count = countTrialsAndReports(dataset, 'child-parent-psychotherapy');
    expect(count.reports).toBeGreaterThan(count.trials);
    expect(formatTrialCount(count)).toBe(`${count.trials} trials (${count.reports} reports)`);
    const reports = dataset.trials.filter((trial) => trial.programmeId === 'child-parent-psychotherapy');
    expect(count.trials).toBe(new Set(reports.map((report) => report.sampleId)).size);
  });

  it('counts a developer summary apart, as neither a trial nor a report', () => {
    const count = countTrialsAndReports(dataset, 'minding-the-baby');
    const reports = dataset.trials.filter((trial) => trial.programmeId === 'minding-the-baby');
    expect(count.summaries).toBe(reports.filter((report) => report.reportKind === 'summary').length);
    expect(count.reports + count.summaries).toBe(reports.length);
  });

  it('counts the whole dataset when no programme is named, and every report belongs to a trial of its programme', () => {
    const all = countTrialsAndReports(dataset);
    expect(all.trials).toBe(dataset.trialSamples.length);
    expect(all.reports + all.summaries).toBe(dataset.trials.length);
  });

  it('says so when a programme has no trials', () => {
    const withoutTrials = dataset.programmes.find(
      (programme) => !dataset.trials.some((trial) => trial.programmeId === programme.id),
    );
    if (!withoutTrials) return;
    expect(formatTrialCount(countTrialsAndReports(dataset, withoutTrials.id))).toBe('No trials in our sources');
  });

  it('uses the singular for one', () => {
    expect(formatTrialCount({ trials: 1, reports: 1, summaries: 0 })).toBe('1 trial (1 report)');
  });

  it('summarises designs per trial, not per report', () => {
    const reports = dataset.trials.filter((trial) => trial.programmeId === 'child-parent-psychotherapy');
    const trials = groupReportsByTrial(reports, dataset.trialSamples);
    expect(trialDesignSummary(reports)).toMatch(
      new RegExp(`^${trials.length} trials \\(${reports.length} reports\\): `),
    );
    expect(trials.every((trial) => trial.reports[0]?.reportKind === 'primary')).toBe(true);
  });
});

describe('report labels', () => {
  it('never shows a placeholder as an author name', () => {
    for (const report of dataset.trials) {
      expect(reportAuthors(report) ?? '', report.id).not.toMatch(/not displayed|not captured|excerpt/i);
      expect(reportLabel(report), report.id).not.toMatch(/^(Not|Authors)\b/);
    }
  });

  it('labels a report by its first author and year', () => {
    expect(reportLabel({ citation: { ...citationOf('mtb-sadler2013') } })).toBe('Sadler 2013');
    expect(reportAuthors({ citation: { ...citationOf('lighthouse-spp-rct') } })).toBe(
      'Foundations (What Works Centre for Children & Families)',
    );
  });
});

function citationOf(id: string) {
  const report = dataset.trials.find((trial) => trial.id === id);
  if (!report) throw new Error(`no report ${id}`);
  return report.citation;
}
