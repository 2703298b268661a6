import { join } from 'node:path';
import {
  costWorksheetContentSchema,
  unitCostsSchema,
  type CostWorksheetFile,
} from '../../src/domain/cost/cost-worksheet-schema';
import { commissioningInSchema } from './build-commissioning';
import { DataBuildError, parseWith, readJsonFile } from './data-build-error';

// public/data/cost-worksheet.json: UK unit costs (content/sources/unit-costs.json, as the compilers wrote them) and the
// dose figures that start each programme's worksheet (content/cost-worksheet.json). Every starting figure must quote
// words that are in that programme's dose or delivered-by facts, so it cannot drift from the sources.

export const COST_SOURCE_FILE = 'unit-costs.json';
export const COST_OUTPUT = 'cost-worksheet.json';

export function buildCostWorksheet(
  unitCostsRaw: unknown,
  contentRaw: unknown,
  commissioningRaw: unknown,
): CostWorksheetFile {
  const unitCosts = parseWith(unitCostsSchema, unitCostsRaw, `content/sources/${COST_SOURCE_FILE}`);
  const content = parseWith(costWorksheetContentSchema, contentRaw, 'content/cost-worksheet.json');
  const commissioning = parseWith(
    commissioningInSchema,
    commissioningRaw,
    'content/sources/programmes-commissioning.json',
  );
  content.doses.forEach((dose, index) => {
    const entry = commissioning.find((candidate) => candidate.programmeId === dose.programmeId);
    if (!entry)
      throw new DataBuildError(
        'content/cost-worksheet.json',
        `doses.${index}.programmeId`,
        `no programme "${dose.programmeId}"`,
      );
    const said = entry.facts
      .filter((fact) => fact.field === 'dose' || fact.field === 'delivered_by')
      .map((fact) => fact.value);
    for (const field of ['sessions', 'hoursPerSession', 'practitioners'] as const) {
      const start = dose[field];
      if (start && !said.some((value) => value.includes(start.from)))
        throw new DataBuildError(
          'content/cost-worksheet.json',
          `doses.${index}.${field}.from`,
          `“${start.from}” is not in any dose or delivered-by fact of ${dose.programmeId}`,
        );
    }
  });
  // Only hourly unit costs can start a worksheet; salaries, benefits and national costings stay in the source file.
  return { unitCosts: unitCosts.filter((cost) => cost.kind.startsWith('hourly unit cost')), doses: content.doses };
}

export function buildCostWorksheetFromFolder(contentFolder: string): string {
  const built = buildCostWorksheet(
    readJsonFile(join(contentFolder, 'sources', COST_SOURCE_FILE), `content/sources/${COST_SOURCE_FILE}`),
    readJsonFile(join(contentFolder, 'cost-worksheet.json'), 'content/cost-worksheet.json'),
    readJsonFile(
      join(contentFolder, 'sources', 'programmes-commissioning.json'),
      'content/sources/programmes-commissioning.json',
    ),
  );
  return `${JSON.stringify(built, null, 2)}\n`;
}
