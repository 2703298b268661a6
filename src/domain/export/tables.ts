import { cellText, type ComparisonTable } from '../comparison/comparison-model';
import { summaryOfFindings } from '../comparison/summary-of-findings';
import type { ProgrammeFacts } from '../evidence/catalogue';
import type { EvidenceDataset, Programme } from '../evidence/evidence-schema';
import { UK_DELIVERY_LABELS, ukDelivery } from '../evidence/uk-delivery';
import { findSource, sourceDisplayName } from '../evidence/lookup';
import { citedSourceLink } from '../evidence/source-hosts';
import { countEvidence, evidenceCountText } from '../evidence/trial-samples';
import { AGE_BAND_LABELS, DESIGN_LABELS, FORMAT_LABELS } from '../evidence/vocabulary';
import type { CsvRecord } from './csv';

// The rows of each CSV export. Each row carries its provenance: the source's name and address, and where in it to look.

function provenance(dataset: EvidenceDataset, sourceId: string | null, locator: string | null): CsvRecord {
  const source = findSource(dataset, sourceId);
  const cited = citedSourceLink(dataset, source);
  return {
    Source: source
      ? sourceDisplayName(source)
      : sourceId === null
        ? 'Our coding or our count (no outside source)'
        : sourceId,
    'Where in the source': locator ?? '',
    // The original where our sources hold it, not a staging site or mirror; a copy with no original says so.
    'Source address': cited
      ? `${cited.href}${cited.copy && !cited.copy.originalLinked ? ` (secondary copy, on ${cited.copy.label})` : ''}`
      : '',
  };
}

export const COMPARISON_COLUMNS = [
  'Row',
  'Compared',
  'Label',
  'Value',
  'Note',
  'Caution',
  'Differs',
  'Our coding',
  'Source',
  'Where in the source',
  'Source address',
];

/** One line per fact (and per source of a fact), so each value sits beside its provenance. */
export function comparisonRecords(dataset: EvidenceDataset, table: ComparisonTable): CsvRecord[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell, index) => {
      const base = {
        Row: row.label,
        Compared: table.columns[index]?.name ?? '',
        Differs: row.differs ? 'yes' : 'no',
        'Our coding': row.ourCoding ? 'yes' : 'no',
      };
      if (cell.missing !== null)
        return [
          { ...base, Label: '', Value: cellText(cell), Note: '', Caution: '', ...provenance(dataset, null, null) },
        ];
      return cell.items.flatMap((item) => {
        const line = {
          ...base,
          Label: item.label ?? '',
          Value: item.text,
          Note: item.note ?? '',
          Caution: item.caveat ?? '',
        };
        if (item.sources.length === 0) return [{ ...line, ...provenance(dataset, null, row.basis ?? null) }];
        return item.sources.map((reference) => ({
          ...line,
          ...provenance(dataset, reference.sourceId, reference.locator),
        }));
      });
    }),
  );
}

export const CATALOGUE_COLUMNS = [
  'Programme',
  'Type (our coding)',
  'Summary (ours)',
  'Formats (our coding)',
  'Child’s age (our coding)',
  'Studies and reports (our count)',
  'Strongest design (our coding)',
  'Countries of its trials',
  'Delivered in the UK (from commissioning sources)',
  'Who it is for',
  'Source',
  'Where in the source',
  'Source address',
  'App page',
];

/** The answer and every fact behind it, each with its source's name. */
function ukDeliveryCsv(programme: Programme): string {
  const { value, facts } = ukDelivery(programme);
  return [UK_DELIVERY_LABELS[value], ...facts.map((fact) => `${fact.sourceName}: ${fact.value}`)].join('; ');
}

export function catalogueRecords(
  dataset: EvidenceDataset,
  facts: readonly ProgrammeFacts[],
  origin: string,
): CsvRecord[] {
  return facts.map(({ programme, trials, strongestDesign, countries }) => {
    const type = dataset.review.interventionTypes.find((candidate) => candidate.id === programme.type);
    const population = programme.fields.targetPopulation;
    return {
      Programme: programme.name,
      'Type (our coding)': type?.name ?? programme.type,
      'Summary (ours)': programme.catalogue.summary,
      'Formats (our coding)': programme.catalogue.formats.map((format) => FORMAT_LABELS[format]).join('; '),
      'Child’s age (our coding)': programme.catalogue.childAgeBands.map((band) => AGE_BAND_LABELS[band]).join('; '),
      'Studies and reports (our count)': evidenceCountText(countEvidence(trials, dataset.possibleOverlaps)),
      'Delivered in the UK (from commissioning sources)': ukDeliveryCsv(programme),
      'Strongest design (our coding)':
        strongestDesign === 'none' ? 'No trials in our dataset' : DESIGN_LABELS[strongestDesign],
      'Countries of its trials': countries.join('; '),
      'Who it is for': population.value ?? 'Not reported in our sources',
      ...provenance(
        dataset,
        population.sourceId,
        population.value === null ? null : 'Programme description: who it is for',
      ),
      'App page': `${origin}/interventions/${programme.id}`,
    };
  });
}

export const OUTCOME_COLUMNS = [
  'Outcome',
  'Result',
  'As printed',
  'Lower as printed',
  'Upper as printed',
  'p as printed',
  'p as we read it',
  'I² (%)',
  'Lower turned (benefit positive)',
  'Upper turned (benefit positive)',
  'Effect in plain words',
  'Studies and participants',
  'Certainty (our rating)',
  'What it means',
  'Source',
  'Where in the source',
  'Source address',
];

export function outcomeRecords(dataset: EvidenceDataset): CsvRecord[] {
  const summary = summaryOfFindings(dataset);
  return dataset.outcomes.map((outcome) => {
    const row = summary.rows.find((candidate) => candidate.outcomeId === outcome.id);
    const { result } = outcome;
    const significant = result.status === 'significant' ? result : null;
    const sign = outcome.orientation.reportedSignFavouringIntervention;
    const turned = significant
      ? [significant.ci95.lower * sign, significant.ci95.upper * sign].sort((a, b) => a - b)
      : null;
    const clean = (value: number | undefined) => (value === undefined ? null : Object.is(value, -0) ? 0 : value);
    return {
      Outcome: outcome.name,
      Result: significant ? 'Significant' : 'No significant difference',
      'As printed': significant
        ? significant.asPrinted
        : result.status === 'no-significant-difference'
          ? result.statement
          : '',
      'Lower as printed': significant?.ci95.lower ?? null,
      'Upper as printed': significant?.ci95.upper ?? null,
      'p as printed': significant?.pAsPrinted ?? null,
      'p as we read it': significant?.pReading ?? null,
      'I² (%)': significant?.i2Percent ?? null,
      'Lower turned (benefit positive)': clean(turned?.[0]),
      'Upper turned (benefit positive)': clean(turned?.[1]),
      'Effect in plain words': row?.plainEffect ?? '',
      'Studies and participants': row?.studiesAndParticipants ?? '',
      'Certainty (our rating)': row
        ? `${row.certainty}${row.footnotes.length > 0 ? ` (${row.footnotes.map((number) => summary.footnotes.find((note) => note.number === number)?.text ?? '').join(' ')})` : ''}`
        : '',
      'What it means': row?.meaning ?? '',
      ...provenance(dataset, result.sourceId, result.locator),
    };
  });
}
