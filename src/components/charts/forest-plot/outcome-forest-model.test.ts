import { describe, expect, it } from 'vitest';
import publishedJson from '../../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../../../domain/evidence/parse-evidence';
import { orientOutcomeResult } from '../../../domain/plain-language/orientation';
import { outcomeForestDescription, outcomeForestModel } from './outcome-forest-model';

const dataset = parseEvidenceDataset(publishedJson);

describe('outcomeForestModel', () => {
  const model = outcomeForestModel(dataset.outcomes);

  it('keeps every outcome, null results included, as pooled or no-figures rows', () => {
    expect(model.rows.map((row) => row.id)).toEqual(dataset.outcomes.map((outcome) => outcome.id));
    for (const row of model.rows) {
      const outcome = dataset.outcomes.find((candidate) => candidate.id === row.id);
      if (!outcome) throw new Error('missing outcome');
      expect(row.role).toBe(orientOutcomeResult(outcome) ? 'pooled' : 'no-figures');
    }
  });

  it('puts infant attachment on the benefit side (printed −0.95 to −0.19)', () => {
    expect(model.rows.find((row) => row.id === 'infant-attachment')).toMatchObject({
      lower: 0.19,
      upper: 0.95,
      estimate: 0.57,
      figureText: '0.19 to 0.95',
    });
  });

  it('leaves a positive-is-better result as it is (maternal depression 0.13 to 0.45)', () => {
    expect(model.rows.find((row) => row.id === 'maternal-depression')).toMatchObject({ lower: 0.13, upper: 0.45 });
  });

  it('keeps the line of no difference in the middle and does not name the effect measure as fact', () => {
    expect(model.symmetric).toBe(true);
    expect(model.axisLabel).toMatch(/does not name its measure/);
  });

  it('describes every row for screen readers', () => {
    const description = outcomeForestDescription(dataset.outcomes);
    for (const outcome of dataset.outcomes) expect(description).toContain(outcome.name);
    expect(description).toContain('Right of zero favours the intervention');
  });
});
