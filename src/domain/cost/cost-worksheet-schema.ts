import { z } from '../zod';

// The cost worksheet's data (public/data/cost-worksheet.json): UK unit costs as our sources print them, with their
// price year (unit-costs.json), and the dose figures we read from each programme's sourced dose facts to start its
// worksheet (content/cost-worksheet.json; the builder checks each `from` is in that programme's facts). For the data
// builder and tests; the page reads the built file without loading zod.

const text = z.string().min(1);

export const unitCostSchema = z.strictObject({
  id: text,
  kind: text,
  nation: text,
  what: text,
  figure: text,
  priceYear: text.nullable(),
  sourceUrl: z.url(),
  quote: text,
  extraQuotes: z.array(z.strictObject({ sourceUrl: z.url(), quote: text })),
  sourceKind: text,
  caution: text.nullable(),
});
export type UnitCost = z.infer<typeof unitCostSchema>;

const startValue = z.strictObject({
  value: z.number().positive(),
  /** Words from one of the programme's dose or delivered-by facts that give the figure. */
  from: text,
  note: text.optional(),
});
export type WorksheetStart = z.infer<typeof startValue>;

export const doseStartSchema = z.strictObject({
  programmeId: text,
  sessions: startValue.optional(),
  hoursPerSession: startValue.optional(),
  practitioners: startValue.optional(),
});
export type DoseStart = z.infer<typeof doseStartSchema>;

export const costWorksheetContentSchema = z.strictObject({ doses: z.array(doseStartSchema) });
export const unitCostsSchema = z.array(unitCostSchema);

export const costWorksheetFileSchema = z.strictObject({
  unitCosts: unitCostsSchema,
  doses: z.array(doseStartSchema),
});
export type CostWorksheetFile = z.infer<typeof costWorksheetFileSchema>;
