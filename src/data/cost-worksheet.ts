import built from '../../public/data/cost-worksheet.json';
import type { CostWorksheetFile } from '../domain/cost/cost-worksheet-schema';

/**
 * UK unit costs and the dose figures that start each worksheet, built and checked by npm run data:build
 * (scripts/data/build-cost-worksheet.ts) and bundled with the comparison page.
 */
export const costWorksheetData: CostWorksheetFile = built;
