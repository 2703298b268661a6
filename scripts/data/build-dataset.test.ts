import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, outcomeKey, serialiseDataset } from './build-dataset';
import type { Content } from './content-schema';
import { DataBuildError } from './data-build-error';
import { parseEvidenceSources, readSourceFiles, type EvidenceSources } from './evidence-sources';
import { readContent } from './read-content';

const root = join(import.meta.dirname, '..', '..');
const content = readContent(join(root, 'content'));
const evidence = parseEvidenceSources(readSourceFiles(join(root, 'content', 'sources')));
const fresh = (): { content: Content; evidence: EvidenceSources } => ({
  content: structuredClone(content),
  evidence: structuredClone(evidence),
});

function buildError(content_: Content, evidence_: EvidenceSources): DataBuildError {
  try {
    buildDataset(content_, evidence_);
  } catch (error) {
    if (error instanceof DataBuildError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('the evidence builder', () => {
  it('builds exactly the committed public/data/evidence.json', () => {
    expect(serialiseDataset(buildDataset(content, evidence))).toBe(
      readFileSync(join(root, 'public', 'data', 'evidence.json'), 'utf8'),
    );
  });

  it('gives each trial outcome a stable id from its measure, not its position', () => {
    expect(outcomeKey('Strange Situation secure vs insecure at 12 months')).toBe(
      'strange-situation-secure-vs-insecure-at-12-months',
    );
    for (const trial of evidence.trials) {
      const keys = trial.outcomes.map((outcome) => outcomeKey(outcome.measure));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('refuses a new trial report in the sources that has no content file, naming the file to add', () => {
    const { content: c, evidence: e } = fresh();
    const copy = structuredClone(e.trials[0]);
    if (!copy) throw new Error('no trials');
    e.trials.push({ ...copy, id: 'new_trial2030' });
    const error = buildError(c, e);
    expect(error.file).toBe('content/trials/new-trial2030.json');
    expect(error.message).toMatch(/new report "new_trial2030"/);
  });

  it('refuses a programme without its coding file', () => {
    const { content: c, evidence: e } = fresh();
    c.programmes = c.programmes.filter((named) => named.data.programme !== 'gabi');
    expect(buildError(c, e).file).toBe('content/programmes/gabi.json');
  });

  it('refuses a code that points at no outcome in the sources', () => {
    const { content: c, evidence: e } = fresh();
    const trial = c.trials.find((named) => named.data.report === 'gabi_steele2019');
    if (!trial) throw new Error('no GABI trial');
    const [first] = Object.values(trial.data.outcomes);
    if (!first) throw new Error('no outcome');
    trial.data.outcomes['a-measure-nobody-reported'] = first;
    const error = buildError(c, e);
    expect(error.file).toBe('content/trials/gabi-steele2019.json');
    expect(error.field).toBe('outcomes.a-measure-nobody-reported');
    expect(error.message).toMatch(/points at nothing/);
  });

  it('refuses an outcome whose source text changed, naming the file and field', () => {
    const { content: c, evidence: e } = fresh();
    const outcome = e.trials.find((trial) => trial.id === 'cosp_cassidy2017')?.outcomes[2];
    if (!outcome) throw new Error('no outcome');
    outcome.result_text = 'Large main effect of intervention';
    const error = buildError(c, e);
    expect(error.file).toBe('content/trials/cosp-cassidy2017.json');
    expect(error.field).toBe(`outcomes.${outcomeKey(outcome.measure)}.resultText`);
    expect(error.message).toMatch(/source text changed/);
  });

  it('refuses a changed design text and a changed programme field it coded from', () => {
    const first = fresh();
    const trial = first.evidence.trials[0];
    if (!trial) throw new Error('no trials');
    trial.design = 'Case study';
    expect(buildError(first.content, first.evidence).field).toBe('design.readFrom');
    const second = fresh();
    const programme = second.evidence.programmes[0];
    if (!programme?.format) throw new Error('no format');
    programme.format.value = 'Online only';
    expect(buildError(second.content, second.evidence).field).toBe('formats.readFrom');
  });

  it('changes the output when a code moves to another outcome, so data:check fails', () => {
    const { content: c, evidence: e } = fresh();
    const trial = c.trials.find((named) => named.data.report === 'afc_pip_fonagy2016');
    const codes = trial ? Object.values(trial.data.outcomes) : [];
    const [first, , , , fifth] = codes;
    if (!first || !fifth) throw new Error('no outcomes');
    [first.direction, fifth.direction] = [fifth.direction, first.direction];
    expect(serialiseDataset(buildDataset(c, e))).not.toBe(serialiseDataset(buildDataset(content, evidence)));
  });

  it('validates its output with the app schema and names the row and field', () => {
    const { content: c, evidence: e } = fresh();
    const trial = e.trials[0];
    if (!trial) throw new Error('no trials');
    trial.citation.doi = 'see the journal website';
    const error = buildError(c, e);
    expect(error.file).toMatch(/as built/);
    expect(error.message).toMatch(/trials\.0\.citation\.doi/);
  });
});

describe('since the review, corrections, overlaps and the changelog (dataset 1.2.0)', () => {
  it('refuses a newer-study result that is not word for word in its quotes, naming the row and field', () => {
    const { content: c, evidence: e } = fresh();
    const entry = e.sinceTheReview.find((item) => item.resultAsStated !== null);
    if (!entry) throw new Error('no entry with a result');
    entry.resultAsStated = `${entry.resultAsStated} (and more)`;
    const error = buildError(c, e);
    expect(error.file).toBe('sources/since-the-review.json');
    expect(error.field).toContain(`id "${entry.id}"`);
    expect(error.field).toContain('resultAsStated');
  });

  it('refuses a newer study of a programme that is not in our dataset', () => {
    const { content: c, evidence: e } = fresh();
    const entry = e.sinceTheReview[0];
    if (!entry) throw new Error('no entries');
    entry.programmeId = 'no-such-programme';
    expect(buildError(c, e).field).toMatch(/programmeId$/);
  });

  it('never pools a newer study with the review: the review’s outcomes build the same without them', () => {
    const { content: c, evidence: e } = fresh();
    const withThem = buildDataset(c, e);
    const { content: c2, evidence: e2 } = fresh();
    e2.sinceTheReview = [];
    c2.sinceTheReview.data.labels = {};
    for (const version of c2.changelog.data.versions) for (const change of version.changes) delete change.sinceIds;
    // Corrections quoting a newer study go too: without its source they cannot be checked (and are not pooled).
    const sinceUrls = new Set(e.sinceTheReview.map((entry) => entry.sourceUrl));
    for (const named of c2.programmes)
      named.data.corrections = named.data.corrections?.filter((correction) => !sinceUrls.has(correction.sourceUrl));
    const without = buildDataset(c2, e2);
    expect(without.outcomes).toEqual(withThem.outcomes);
    expect(without.review).toEqual(withThem.review);
  });

  it('refuses a release whose changelog does not start with it, or leaves a newer study unlisted', () => {
    const { content: c, evidence: e } = fresh();
    c.dataset.data.datasetVersion = '9.9.9';
    expect(buildError(c, e).file).toBe('content/changelog.json');
    const { content: c2, evidence: e2 } = fresh();
    for (const version of c2.changelog.data.versions) for (const change of version.changes) delete change.sinceIds;
    expect(buildError(c2, e2).problem).toMatch(/no version lists as added/);
  });

  it('refuses a correction whose quote is not in our sources', () => {
    const { content: c, evidence: e } = fresh();
    const named = c.programmes.find((item) => item.data.corrections?.length);
    const correction = named?.data.corrections?.[0];
    if (!correction) throw new Error('no correction');
    correction.quote = 'The study found a large benefit.';
    expect(buildError(c, e).field).toBe('corrections.0.quote');
  });

  it('replaces an overtaken compilers’ note with a sourced entry, and refuses one whose note has changed', () => {
    const { content: c, evidence: e } = fresh();
    const named = c.programmes.find((item) =>
      item.data.corrections?.some((correction) => correction.field === 'notes'),
    );
    const index = named?.data.corrections?.findIndex((correction) => correction.field === 'notes') ?? -1;
    const correction = named?.data.corrections?.[index];
    if (!named || !correction) throw new Error('no notes correction');
    const built = buildDataset(c, e).programmes.find((programme) => programme.name === named.data.name);
    expect(built?.notes).toBeNull();
    const entry = built?.replications.find((item) => item.value?.includes(correction.quote));
    expect(entry?.sourceId).not.toBeNull();
    expect(entry?.note).toBe(correction.note);
    correction.readFrom = `${correction.readFrom} (edited)`;
    expect(buildError(c, e).field).toBe(`corrections.${index}.readFrom`);
  });

  it('refuses a possible overlap whose source text has changed', () => {
    const { content: c, evidence: e } = fresh();
    const quote = c.possibleOverlaps.data[0]?.readFrom[0];
    if (!quote) throw new Error('no overlap');
    quote.text = 'something else';
    expect(buildError(c, e).field).toMatch(/^0\.readFrom\.0\.text$/);
  });
});
