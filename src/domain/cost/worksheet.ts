import type { EvidenceDataset, Programme } from '../evidence/evidence-schema';
import type { CsvRecord } from '../export/csv';
import { findSource, sourceDisplayName } from '../evidence/lookup';
import { citedSourceLink, type CitedLink } from '../evidence/source-hosts';
import type { CostWorksheetFile, UnitCost, WorksheetStart } from './cost-worksheet-schema';
import {
  ESTIMATE_LABEL,
  FIELD_RULES,
  WORKSHEET_FIELDS,
  formatPounds,
  workingText,
  type WorksheetInputs,
  type WorksheetResult,
} from './staff-cost';

// Which programmes get a worksheet (those whose dose our sources state), what starts each one, and what goes into the
// CSV. The starting figures are read from sourced dose facts and can be changed; the hourly cost is always the reader's.

export interface WorksheetProgramme {
  programmeId: string;
  name: string;
  /** The sourced dose facts, word for word, shown beside the inputs. */
  /** `link` is the address we cite for the source (citedSourceLink: the original where our sources hold it). */
  doseFacts: { text: string; source: string; link: CitedLink | null }[];
  starts: Partial<Record<'sessions' | 'hoursPerSession' | 'practitioners', WorksheetStart>>;
  /** Our coding says it can be run as a group: the figure is then the staff cost of one group. */
  group: boolean;
}

export function worksheetProgrammes(
  dataset: EvidenceDataset,
  programmes: readonly Programme[],
  file: CostWorksheetFile,
): WorksheetProgramme[] {
  return programmes.flatMap((programme) => {
    const facts = [
      ...(programme.fields.length.value !== null
        ? [{ value: programme.fields.length.value, sourceId: programme.fields.length.sourceId }]
        : []),
      ...programme.commissioning.dose.facts.map((fact) => ({ value: fact.value, sourceId: fact.sourceId })),
    ];
    if (facts.length === 0) return [];
    const start = file.doses.find((dose) => dose.programmeId === programme.id);
    return [
      {
        programmeId: programme.id,
        name: programme.name,
        doseFacts: facts.map((fact) => {
          const source = findSource(dataset, fact.sourceId);
          return {
            text: fact.value,
            source: source ? sourceDisplayName(source) : 'source not recorded',
            link: citedSourceLink(dataset, source),
          };
        }),
        starts: {
          ...(start?.sessions ? { sessions: start.sessions } : {}),
          ...(start?.hoursPerSession ? { hoursPerSession: start.hoursPerSession } : {}),
          ...(start?.practitioners ? { practitioners: start.practitioners } : {}),
        },
        group: programme.catalogue.formats.includes('group'),
      },
    ];
  });
}

/** The inputs a worksheet starts with: figures read from the sources where there are any, otherwise empty. */
export function startingInputs(programme: WorksheetProgramme): WorksheetInputs {
  const value = (start: WorksheetStart | undefined) => (start ? String(start.value) : '');
  return {
    sessions: value(programme.starts.sessions),
    hoursPerSession: value(programme.starts.hoursPerSession),
    practitioners: value(programme.starts.practitioners),
    hourlyCost: '',
  };
}

/** UK hourly unit costs in our sources, with the figure in pounds an hour read from the printed figure. */
export function hourlyUnitCosts(file: CostWorksheetFile): { cost: UnitCost; poundsAnHour: number }[] {
  return file.unitCosts.flatMap((cost) => {
    if (!cost.kind.startsWith('hourly unit cost')) return [];
    const match = /£(\d+(?:\.\d+)?) per hour/.exec(cost.figure);
    return match?.[1] ? [{ cost, poundsAnHour: Number(match[1]) }] : [];
  });
}

export interface WorksheetEntry {
  programme: WorksheetProgramme;
  inputs: WorksheetInputs;
  result: WorksheetResult | null;
}

/** CSV lines in the comparison's columns: each input, then the estimate (or why there is none). */
export function worksheetRecords(entries: readonly WorksheetEntry[]): CsvRecord[] {
  const row = 'Staff cost worksheet (your estimate)';
  const base = (entry: WorksheetEntry) => ({
    Row: row,
    Compared: entry.programme.name,
    Caution: '',
    Differs: '',
    'Our coding': 'no',
    Source: 'Your input',
    'Where in the source': '',
    'Source address': '',
  });
  return entries.flatMap((entry) => [
    ...WORKSHEET_FIELDS.map((field) => ({
      ...base(entry),
      Label: FIELD_RULES[field].label,
      Value: entry.inputs[field],
      Note: entry.programme.starts[field as keyof WorksheetProgramme['starts']]
        ? `Started from our sources: “${entry.programme.starts[field as keyof WorksheetProgramme['starts']]?.from ?? ''}”`
        : '',
    })),
    {
      ...base(entry),
      Label: ESTIMATE_LABEL,
      Value:
        entry.result?.pounds != null && entry.result.numbers
          ? `${formatPounds(entry.result.pounds)} (${workingText(entry.result.numbers)})`
          : entry.result
            ? 'No figure: some inputs need correcting'
            : 'Not worked out',
      Note: entry.programme.group
        ? 'For a group programme this is the staff cost of one group, not of one family.'
        : '',
      Source: 'Your calculation from your inputs',
    },
  ]);
}
