import { describe, expect, it } from 'vitest';
import { EvidenceDatasetError, describePath, parseEvidenceDataset } from './parse-evidence';
import { orientOutcomeResult } from '../plain-language/orientation';
import type { EvidenceDataset } from './evidence-schema';
import publishedJson from '../../../public/data/evidence.json';

const published = publishedJson as unknown as Record<string, unknown>;
const copy = () => structuredClone(published) as Record<string, unknown> & { outcomes: Record<string, unknown>[] };

function problemsOf(raw: unknown): string[] {
  try {
    parseEvidenceDataset(raw);
  } catch (error) {
    if (error instanceof EvidenceDatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe('the published dataset', () => {
  const dataset = parseEvidenceDataset(published);

  it('passes validation and holds the review’s headline figures', () => {
    expect(dataset.review.keyFigures.find((figure) => figure.id === 'studies')?.value).toBe(77);
    expect(dataset.review.keyFigures.find((figure) => figure.id === 'participants')?.value).toBe(5660);
    expect(dataset.programmes).toHaveLength(14);
    expect(dataset.trials).toHaveLength(35);
  });

  it('keeps the four pooled intervals exactly as the release prints them', () => {
    const printed = Object.fromEntries(
      dataset.outcomes.flatMap((outcome) =>
        outcome.result.status === 'significant' ? [[outcome.id, outcome.result.ci95]] : [],
      ),
    );
    expect(printed).toEqual({
      'parental-reflective-functioning': { lower: -0.68, upper: -0.06 },
      'maternal-depression': { lower: 0.13, upper: 0.45 },
      'infant-behaviour': { lower: 0, upper: 0.43 },
      'infant-attachment': { lower: -0.95, upper: -0.19 },
    });
  });

  it('orients every significant result onto the intervention side', () => {
    for (const outcome of dataset.outcomes) {
      const oriented = orientOutcomeResult(outcome);
      if (oriented) expect(oriented.oriented.lower, outcome.id).toBeGreaterThanOrEqual(0);
    }
  });

  it('holds no figures for the two outcomes with no significant difference', () => {
    const nulls = dataset.outcomes
      .filter((outcome) => outcome.result.status === 'no-significant-difference')
      .map((outcome) => outcome.id);
    expect(nulls).toEqual(['parental-stress', 'parent-infant-interaction']);
    for (const outcome of dataset.outcomes.filter((item) => item.result.status !== 'significant')) {
      expect(JSON.stringify(outcome.result)).not.toMatch(/ci95|i2Percent/);
    }
  });
});

describe('parseEvidenceDataset on broken input', () => {
  it('names the outcome row and field when a figure is the wrong type', () => {
    const broken = copy();
    (broken.outcomes[3] as { result: { ci95: { lower: unknown } } }).result.ci95.lower = 'minus 0.95';
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(/^outcomes row 4 \(id "infant-attachment"\), field result\.ci95\.lower: .*expected number/),
    ]);
  });

  it('catches a sign convention that would put a significant result on the comparison side', () => {
    const broken = copy();
    (
      broken.outcomes[1] as { orientation: { reportedSignFavouringIntervention: number } }
    ).orientation.reportedSignFavouringIntervention = -1;
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(
        /outcomes row 2 \(id "maternal-depression"\), field orientation\.reportedSignFavouringIntervention: .*check the sign/,
      ),
    ]);
  });

  it('names a missing field', () => {
    const broken = copy();
    delete broken.review;
    expect(problemsOf(broken)[0]).toMatch(/^field review: /);
  });

  it('rejects a derived midpoint that does not match the interval', () => {
    const broken = copy();
    (broken.outcomes[0] as { result: { derived: { midpoint: { value: number } } } }).result.derived.midpoint.value =
      -0.5;
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(/field result\.derived\.midpoint\.value: must be \(lower \+ upper\) \/ 2/),
    ]);
  });

  it.each([1e7, 1e308])(
    'refuses an implausible pooled interval (upper bound %s), naming the row and field',
    (upper) => {
      const broken = copy();
      (broken.outcomes[1] as { result: { ci95: { upper: number } } }).result.ci95.upper = upper;
      const problems = problemsOf(broken);
      expect(problems).toContainEqual(
        expect.stringMatching(
          /^outcomes row 2 \(id "maternal-depression"\), field result\.ci95\.upper: must be between −10 and 10/,
        ),
      );
    },
  );

  it('refuses an implausible trial effect size, naming the row and field', () => {
    const broken = copy() as ReturnType<typeof copy> & {
      trials: { outcomes: { effectSize: { value: number } | null }[] }[];
    };
    const trialIndex = broken.trials.findIndex((trial) =>
      trial.outcomes.some((outcome) => outcome.effectSize !== null),
    );
    const trial = broken.trials[trialIndex];
    const outcomeIndex = trial?.outcomes.findIndex((outcome) => outcome.effectSize !== null) ?? -1;
    const effect = trial?.outcomes[outcomeIndex]?.effectSize;
    if (!effect) throw new Error('the dataset has no trial effect size to break');
    effect.value = -1e9;
    expect(problemsOf(broken)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^trials row ${trialIndex + 1} .*field outcomes\\[${outcomeIndex}\\]\\.effectSize\\.value: must be between −100 and 100`,
        ),
      ),
    );
  });

  it('names a source id that does not exist', () => {
    const broken = copy();
    (broken.outcomes[0] as { result: { sourceId: string } }).result.sourceId = 'nowhere';
    expect(problemsOf(broken)).toEqual([expect.stringMatching(/outcomes row 1 .* names source "nowhere"/)]);
  });

  it('says which schema version it reads when the file is newer', () => {
    expect(problemsOf({ ...copy(), schemaVersion: 2 })).toEqual([expect.stringMatching(/schema version 1/)]);
  });

  it('says the whole file is wrong when it is not an object', () => {
    expect(problemsOf('<html>')[0]).toMatch(/^the whole file: /);
  });
});

describe('describePath', () => {
  it('reads the row id from the raw input', () => {
    expect(describePath(['trials', 0, 'citation', 'year'], { trials: [{ id: 'x-1' }] })).toBe(
      'trials row 1 (id "x-1"), field citation.year',
    );
  });

  it('copes with a row that has no id', () => {
    expect(describePath(['outcomes', 2], { outcomes: [] })).toBe('outcomes row 3');
  });
});

describe('values the schema refuses (found by fuzzing the dataset)', () => {
  const broken = () => structuredClone(published) as unknown as EvidenceDataset;
  function at<T>(rows: T[], index: number): T {
    const row = rows[index];
    if (row === undefined) throw new Error(`no row ${index}`);
    return row;
  }

  it('refuses a repeated type id, which would make its type page "not found"', () => {
    const data = broken();
    at(data.review.interventionTypes, 2).id = 'attachment';
    expect(problemsOf(data)).toContainEqual(
      expect.stringMatching(
        /review\.interventionTypes row 3 \(id "attachment"\), field id: repeats the id "attachment"/,
      ),
    );
  });

  it('refuses repeated programme, trial and source ids, naming the row', () => {
    const data = broken();
    at(data.programmes, 1).id = at(data.programmes, 0).id;
    at(data.trials, 4).id = at(data.trials, 3).id;
    at(data.sources, 2).id = at(data.sources, 1).id;
    const problems = problemsOf(data).join('\n');
    expect(problems).toMatch(/programmes row 2 .*field id: repeats the id/);
    expect(problems).toMatch(/trials row 5 .*field id: repeats the id/);
    expect(problems).toMatch(/sources row 3 .*field id: repeats the id/);
  });

  it('refuses a DOI that is free text', () => {
    const data = broken();
    at(data.trials, 0).citation.doi = 'see journal website';
    data.review.journal.doi = 'doi: 10.1080/15289168.2023.2223739';
    const problems = problemsOf(data).join('\n');
    expect(problems).toMatch(/trials row 1 \(id "mtb-sadler2013"\), field citation\.doi: must be a DOI/);
    expect(problems).toMatch(/field review\.journal\.doi: must be a DOI/);
  });

  it('refuses a range whose low end is above its high end', () => {
    const data = broken();
    const result = at(data.outcomes, 1).result;
    if (result.status !== 'significant') throw new Error('expected a significant result');
    result.ci95 = { lower: 0.45, upper: 0.13 };
    data.review.prePostImprovement.lowPercent = 90;
    const problems = problemsOf(data).join('\n');
    expect(problems).toMatch(/outcomes row 2 .*field result\.ci95: lower \(0\.45\) is above upper \(0\.13\)/);
    expect(problems).toMatch(
      /field review\.prePostImprovement\.lowPercent: the low end \(90\) is above the high end \(80\)/,
    );
  });

  it('refuses a source address with a user name and password, or that is not a web address', () => {
    const data = broken();
    at(data.sources, 0).url = 'https://editor:secret@www.annafreud.org/systematicreview';
    at(data.sources, 1).url = 'ftp://files.example.org/report.pdf';
    const problems = problemsOf(data).join('\n');
    expect(problems).toMatch(
      /sources row 1 \(id "press-release-2022"\), field url: must not contain a user name or password/,
    );
    expect(problems).toMatch(/sources row 2 .*field url: must be a web address/);
  });

  it('refuses a report that names a trial that does not exist, and a trial no report names', () => {
    const data = broken();
    at(data.trials, 1).sampleId = 'no-such-trial'; // Slade 2019: the only report of its trial
    const problems = problemsOf(data).join('\n');
    expect(problems).toMatch(/trials row 2 .*field sampleId: names trial "no-such-trial"/);
    expect(problems).toMatch(/trialSamples row \d+ .*no report names this trial/);
  });
});

describe('commissioning facts', () => {
  type Raw = {
    programmes: { commissioning: Record<string, { facts: unknown[]; missing: string | null }> }[];
    trials: Record<string, unknown>[];
  };
  it('names the row and field when a category has neither facts nor a reason they are missing', () => {
    const raw = structuredClone(published) as unknown as Raw;
    const category = raw.programmes[0]?.commissioning.costPerParticipant;
    if (!category) throw new Error('no category');
    category.facts = [];
    category.missing = null;
    expect(problemsOf(raw)).toEqual([
      'programmes row 1 (id "minding-the-baby"), field commissioning.costPerParticipant.missing: must have facts, or say why they are missing, but not both',
    ]);
  });

  it('keeps every rating with its own scheme and scale, and every fact with a source', () => {
    const dataset = parseEvidenceDataset(published);
    for (const programme of dataset.programmes) {
      for (const rating of programme.commissioning.ratings.facts) expect(rating.scale.length).toBeGreaterThan(0);
      for (const fact of programme.commissioning.costPerParticipant.facts) expect(fact.note).toMatch(/not a UK cost/);
    }
  });
});
