import { describe, expect, it } from 'vitest';
import built from '../../../public/data/cost-worksheet.json';
import { publishedDataset } from '../../../tests/render-with-evidence';
import { costWorksheetFileSchema } from './cost-worksheet-schema';
import { ESTIMATE_LABEL, workOut } from './staff-cost';
import { hourlyUnitCosts, startingInputs, worksheetProgrammes, worksheetRecords } from './worksheet';

const file = costWorksheetFileSchema.parse(built);
const all = worksheetProgrammes(publishedDataset, publishedDataset.programmes, file);

describe('cost worksheet programmes', () => {
  it('offers a worksheet exactly for the programmes whose dose our sources state', () => {
    const expected = publishedDataset.programmes
      .filter((programme) => programme.commissioning.dose.facts.length > 0 || programme.fields.length.value !== null)
      .map((programme) => programme.id);
    expect(all.map((entry) => entry.programmeId)).toEqual(expected);
  });

  it('starts each figure only from words in that programme’s sourced facts, and never fills in the hourly cost', () => {
    for (const entry of all) {
      const programme = publishedDataset.programmes.find((candidate) => candidate.id === entry.programmeId);
      const said = [
        ...(programme?.commissioning.dose.facts ?? []),
        ...(programme?.commissioning.deliveredBy.facts ?? []),
      ].map((fact) => fact.value);
      for (const start of Object.values(entry.starts))
        expect(said.some((value) => value.includes(start.from))).toBe(true);
      expect(startingInputs(entry).hourlyCost).toBe('');
    }
  });

  it('offers only UK hourly unit costs, with their price year, never a salary', () => {
    const hourly = hourlyUnitCosts(file);
    expect(hourly.length).toBeGreaterThan(0);
    for (const { cost, poundsAnHour } of hourly) {
      expect(cost.kind).toMatch(/^hourly unit cost/);
      expect(cost.figure).toContain(`£${poundsAnHour} per hour`);
      expect(cost.priceYear).toBeTruthy();
    }
  });

  it('writes the inputs and the labelled estimate to the CSV, or says why there is no figure', () => {
    const entry = all[0];
    if (!entry) throw new Error('no worksheet');
    const inputs = { sessions: '10', hoursPerSession: '1', practitioners: '2', hourlyCost: '50' };
    const records = worksheetRecords([
      { programme: entry, inputs, result: workOut(inputs) },
      { programme: entry, inputs: { ...inputs, hourlyCost: '-1' }, result: workOut({ ...inputs, hourlyCost: '-1' }) },
    ]);
    expect(records.filter((record) => record.Label === ESTIMATE_LABEL).map((record) => record.Value)).toEqual([
      '£1,000 (10 sessions × 1 hour × 2 practitioners × £50.00 an hour)',
      'No figure: some inputs need correcting',
    ]);
    expect(records.map((record) => record.Value)).toContain('50');
  });
});
