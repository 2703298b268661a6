import {
  evidenceDatasetSchema,
  OUTCOME_IDS,
  SCHEMA_VERSION,
  type EvidenceDataset,
} from '../../src/domain/evidence/evidence-schema';
import { buildCommissioning } from './build-commissioning';
import { buildHelpNow } from './build-help-now';
import type { Content, Named, ProgrammeContent, TrialContent, TrialSampleContent } from './content-schema';
import { DataBuildError, parseWith } from './data-build-error';
import type { EvidenceSources, ProgrammeIn, SourcedValue, TrialIn } from './evidence-sources';
import { withPublicWording } from './public-wording';

// Builds the app's dataset from the shared evidence files (facts and figures, copied) and our content files (coding
// and prose). One function per section of the dataset, so a new section is one more function. Pure: no file access.

type Source = EvidenceDataset['sources'][number];
type Review = EvidenceDataset['review'];
type Outcome = EvidenceDataset['outcomes'][number];
type Programme = EvidenceDataset['programmes'][number];
type Trial = EvidenceDataset['trials'][number];
type TrialSample = EvidenceDataset['trialSamples'][number];

const RELEASE = 'press-release-2022';
const ABSTRACT = 'sleed-2023-ucl-discovery';

/** A trial outcome's stable id: its measure as stated by the source, as a slug. */
export function outcomeKey(measure: string): string {
  return measure
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Dataset ids are the source ids with hyphens: "minding_the_baby" → "minding-the-baby". */
export const kebab = (id: string): string => id.replace(/_/g, '-');

// ---------------------------------------------------------------------------------------------------------------
// Sources: the named ones are content; every other address gets an id made from the address, in order of first use.

const DROPPED_WORDS = new Set(['html', 'htm', 'aspx', 'abstract', 'content', 'en', 'id', 'articles', 'page']);

export function slugFromUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname
    .replace(/^www\./, '')
    .replace(/\.(com|org|gov|net|edu|ac|co|uk|nih|no|ca|se|hhs|acf)\b/g, '');
  const words = `${host} ${parsed.pathname} ${parsed.search}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !DROPPED_WORDS.has(word));
  return words.slice(0, 7).join('-').slice(0, 60).replace(/-+$/, '');
}

export class SourceRegister {
  private readonly idByUrl: Map<string, string>;
  readonly generated: Source[] = [];

  constructor(readonly named: Source[]) {
    this.idByUrl = new Map(named.flatMap((source) => (source.url ? [[source.url, source.id] as const] : [])));
  }

  idFor(url: string | null | undefined, details: { title?: string | null; date?: string | null } = {}): string | null {
    if (url === null || url === undefined) return null;
    const existing = this.idByUrl.get(url);
    if (existing) return existing;
    const taken = new Set(this.idByUrl.values());
    let id = slugFromUrl(url);
    for (let counter = 2; taken.has(id); counter += 1) id = `${slugFromUrl(url)}-${counter}`;
    this.idByUrl.set(url, id);
    this.generated.push({
      id,
      title: details.title ?? null,
      url,
      publisher: null,
      date: details.date ?? null,
      kind: 'secondary',
      note: null,
    });
    return id;
  }

  all(): Source[] {
    return [...this.named, ...this.generated];
  }
}

export function buildNamedSources(content: Content, evidence: EvidenceSources): Source[] {
  const { source } = evidence.releaseFigures;
  // The release's entry must agree with the figures file, so its title, publisher and address cannot drift.
  const release = content.namedSources.data.findIndex((named) => named.id === RELEASE);
  const entry = content.namedSources.data[release];
  if (!entry) throw new DataBuildError(content.namedSources.file, RELEASE, 'is missing: the pooled results cite it');
  const expected = { title: source.title, url: `https://${source.report_url}`, publisher: source.publisher };
  for (const [field, value] of Object.entries(expected) as [keyof typeof expected, string][]) {
    if (entry[field] !== value)
      throw new DataBuildError(
        content.namedSources.file,
        `${release}.${field}`,
        `must be "${value}", as in press-release-figures.json`,
      );
  }
  return content.namedSources.data;
}

// ---------------------------------------------------------------------------------------------------------------
// The review.

function reviewFact(evidence: EvidenceSources, field: string): unknown {
  const fact = evidence.reviewFacts.find((item) => item.field === field);
  if (!fact)
    throw new DataBuildError('sources/review.json', field, 'is missing: the builder copies it into the review section');
  return fact.value;
}

const factText = (evidence: EvidenceSources, field: string): string => {
  const value = reviewFact(evidence, field);
  if (typeof value !== 'string') throw new DataBuildError('sources/review.json', field, 'must be text');
  return value;
};

export function buildReview(content: Content, evidence: EvidenceSources): Review {
  const prose = content.review.data;
  const { review: released } = evidence.releaseFigures;
  const keyFigureValue = (id: 'studies' | 'participants' | 'databases'): number => {
    if (id === 'studies') return released.studies;
    if (id === 'participants') return released.participants;
    const databases = reviewFact(evidence, 'sleed2023.n_databases_searched');
    if (typeof databases !== 'number')
      throw new DataBuildError('sources/review.json', 'sleed2023.n_databases_searched', 'must be a number');
    return databases;
  };
  return {
    title: released.title,
    authors: released.authors,
    journal: {
      citation: factText(evidence, 'sleed2023.citation'),
      doi: factText(evidence, 'sleed2023.doi'),
      volumeIssuePages: factText(evidence, 'sleed2023.volume_issue_pages'),
      publicationDate: factText(evidence, 'sleed2023.publication_date'),
      sourceId: ABSTRACT,
      locator: prose.journalLocator,
    },
    report: {
      title: factText(evidence, 'report2022.title'),
      date: factText(evidence, 'report2022.publication_date'),
      commissionedBy: factText(evidence, 'report2022.commissioned_by'),
      conductedBy: factText(evidence, 'report2022.conducted_by'),
      sourceId: RELEASE,
      locator: prose.reportLocator,
    },
    keyFigures: prose.keyFigures.map((figure) => ({
      id: figure.id,
      label: figure.label,
      value: keyFigureValue(figure.id),
      display: figure.display,
      sourceId: figure.sourceId,
      locator: figure.locator,
    })),
    interventionTypes: prose.interventionTypes.map((type, index) => {
      const released_ = released.intervention_types.find((item) => item.id === type.id);
      if (!released_)
        throw new DataBuildError(
          content.review.file,
          `interventionTypes.${index}.id`,
          `"${type.id}" is not a type in press-release-figures.json`,
        );
      return {
        id: type.id,
        name: type.name,
        labelAsReported: released_.label_as_reported,
        summary: type.summary,
        sourceId: type.sourceId,
        locator: type.locator,
      };
    }),
    prePostImprovement: {
      lowPercent: released.pre_post_positive_share.low * 100,
      highPercent: released.pre_post_positive_share.high * 100,
      asPrinted: released.pre_post_positive_share.as_reported,
      sourceId: RELEASE,
      locator: prose.prePostLocator,
    },
    harms: prose.harms,
    quality: prose.quality,
    notReported: prose.notReported.map((gap) => ({
      topic: gap.topic,
      text: gap.text,
      sourceId: gap.sourceId,
      locator: prose.notReportedLocator,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Outcomes: pooled figures from the release, words from content/outcomes/.

const formatSigned = (value: number): string => (value < 0 ? `-${Math.abs(value).toFixed(2)}` : value.toFixed(2));

export function buildOutcomes(content: Content, evidence: EvidenceSources): Outcome[] {
  const wording = content.wording.data;
  return OUTCOME_IDS.map((id) => {
    const named = content.outcomes.find((outcome) => outcome.data.id === id);
    if (!named)
      throw new DataBuildError(
        `content/outcomes/${id}.json`,
        '(file)',
        'is missing: every outcome needs its content file',
      );
    const { file, data: prose } = named;
    const figure = evidence.releaseFigures.pooled_controlled_effects.find(
      (item) => item.outcome === prose.releaseOutcome,
    );
    if (!figure)
      throw new DataBuildError(
        file,
        'releaseOutcome',
        `"${prose.releaseOutcome}" is not an outcome in press-release-figures.json`,
      );
    let result: Outcome['result'];
    if (figure.significant) {
      if (!figure.ci95 || figure.p_as_reported === undefined || figure.i2_percent === undefined) {
        throw new DataBuildError(
          'sources/press-release-figures.json',
          `pooled_controlled_effects.${figure.outcome}`,
          'a significant result needs ci95, p_as_reported and i2_percent',
        );
      }
      if (prose.releaseListLabel === null)
        throw new DataBuildError(
          file,
          'releaseListLabel',
          'must name the label in the release’s list of significant effects',
        );
      const [lower, upper] = figure.ci95;
      const reading = wording.pReadings[figure.p_as_reported];
      if (!reading)
        throw new DataBuildError(
          content.wording.file,
          `pReadings["${figure.p_as_reported}"]`,
          'is missing: say how we read this printed p value',
        );
      result = {
        status: 'significant',
        ci95: { lower, upper },
        pAsPrinted: figure.p_as_reported,
        pReading: reading.reading,
        pReadingNote: reading.note,
        i2Percent: figure.i2_percent,
        asPrinted: `95%CI ${formatSigned(lower)} to ${formatSigned(upper)}, ${figure.p_as_reported}; I² = ${figure.i2_percent}%`,
        sourceId: RELEASE,
        locator: `"Key data", the list of significant effects: "${prose.releaseListLabel}".`,
        derived: {
          midpoint: {
            value: (lower + upper) / 2,
            method: 'Midpoint of the printed 95% interval: (lower + upper) / 2. Not printed in the release.',
          },
          standardError: {
            value: (upper - lower) / (2 * 1.96),
            method:
              'Standard error from the printed 95% interval: (upper − lower) / (2 × 1.96). Not printed in the release.',
          },
        },
      };
    } else {
      result = {
        status: 'no-significant-difference',
        figuresReported: false,
        statement: wording.nullStatement,
        sourceId: ABSTRACT,
        locator: wording.nullLocator,
      };
    }
    return {
      id,
      name: prose.name,
      labelAsReported: figure.label_as_reported,
      who: prose.who,
      summary: prose.summary,
      benefitPhrase: prose.benefitPhrase,
      whatItIs: prose.whatItIs,
      whyItMatters: prose.whyItMatters,
      howMeasured: prose.howMeasured,
      betterWhenMeasureIs: prose.betterWhenMeasureIs,
      orientation: {
        reportedSignFavouringIntervention: prose.orientation.reportedSignFavouringIntervention,
        basis: wording.orientationBases[prose.orientation.basis],
      },
      result,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Programmes: fields copied from programmes.json; catalogue coding from content/programmes/.

const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null);

/** Every quote our sources hold at each address: commissioning facts and since-the-review entries. */
function quotesAt(evidence: EvidenceSources, url: string): string[] {
  const commissioning = evidence.commissioning.flatMap((entry) =>
    entry.facts.filter((fact) => fact.url === url).map((fact) => fact.quote),
  );
  const since = evidence.sinceTheReview.flatMap((entry) => [
    ...(entry.sourceUrl === url ? [entry.quote] : []),
    ...entry.extraQuotes.filter((extra) => extra.sourceUrl === url).map((extra) => extra.quote),
  ]);
  return [...commissioning, ...since];
}

type ProgrammeFieldOut = Programme['replications'][number];

/** Replaces entries our other sources have overtaken, quoting the newer source word for word (see content-schema). */
function applyCorrections(
  named: Named<ProgrammeContent>,
  fields: ProgrammeFieldOut[],
  evidence: EvidenceSources,
  sources: SourceRegister,
): ProgrammeFieldOut[] {
  const all = named.data.corrections ?? [];
  all.forEach((correction, index) => {
    if (!quotesAt(evidence, correction.sourceUrl).some((quote) => quote.includes(correction.quote)))
      throw new DataBuildError(
        named.file,
        `corrections.${index}.quote`,
        `is not word for word in any quote our sources hold at ${correction.sourceUrl}`,
      );
  });
  const corrections = all.filter((correction) => correction.field === 'replications');
  corrections.forEach((correction, index) => {
    if (!fields.some((field) => field.value === correction.readFrom))
      throw new DataBuildError(
        named.file,
        `corrections.${index}.readFrom`,
        'is no longer an entry of replications in programmes.json: re-read the source and update or drop the correction',
      );
  });
  const corrected = (correction: (typeof all)[number]): ProgrammeFieldOut => ({
    value: `${correction.lead} “${correction.quote}”`,
    sourceId: sources.idFor(correction.sourceUrl),
    note: correction.note,
  });
  const replaced = fields.map((field) => {
    const correction = corrections.find((candidate) => candidate.readFrom === field.value);
    return correction ? corrected(correction) : field;
  });
  return [...replaced, ...all.filter((correction) => correction.field === 'notes').map(corrected)];
}

/** The compilers' note, unless a `notes` correction has overtaken it (checked to be still the note's text). */
function correctedNotes(named: Named<ProgrammeContent>, notes: string | null): string | null {
  const index = (named.data.corrections ?? []).findIndex((correction) => correction.field === 'notes');
  const correction = named.data.corrections?.[index];
  if (!correction) return notes;
  if (correction.readFrom !== notes)
    throw new DataBuildError(
      named.file,
      `corrections.${index}.readFrom`,
      'is no longer the notes of this programme in programmes.json: re-read the source and update or drop the correction',
    );
  return null;
}

export function buildProgrammes(
  content: Content,
  evidence: EvidenceSources,
  sources: SourceRegister,
): Omit<Programme, 'commissioning'>[] {
  const byProgramme = new Map(content.programmes.map((named) => [named.data.programme, named]));
  for (const named of content.programmes) {
    if (!evidence.programmes.some((programme) => programme.id === named.data.programme)) {
      throw new DataBuildError(
        named.file,
        'programme',
        `"${named.data.programme}" is not a programme in programmes.json`,
      );
    }
  }
  const toField = (field: SourcedValue | undefined) =>
    field === undefined
      ? { value: null, sourceId: null, note: 'Not reported in our sources.' }
      : { value: field.value ?? null, sourceId: sources.idFor(field.source_url ?? null), note: field.note ?? null };
  return evidence.programmes.map((programme: ProgrammeIn) => {
    const named = byProgramme.get(programme.id);
    if (!named)
      throw new DataBuildError(
        `content/programmes/${kebab(programme.id)}.json`,
        '(file)',
        `is missing: programmes.json has "${programme.id}" and every programme needs its coding`,
      );
    const coding = named.data;
    if (coding.name !== programme.name)
      throw new DataBuildError(
        named.file,
        'name',
        `is "${coding.name}" but programmes.json now says "${programme.name}"`,
      );
    if (!sameText(coding.formats.readFrom, programme.format?.value)) {
      throw new DataBuildError(
        named.file,
        'formats.readFrom',
        'the source text it was read from has changed: re-read format in programmes.json and re-code',
      );
    }
    if (!sameText(coding.childAgeBands.readFrom, programme.child_age?.value)) {
      throw new DataBuildError(
        named.file,
        'childAgeBands.readFrom',
        'the source text it was read from has changed: re-read child_age in programmes.json and re-code',
      );
    }
    if (!['mentalization', 'attachment', 'dyadic'].includes(programme.type)) {
      throw new DataBuildError(
        'sources/programmes.json',
        `${programme.id}.type`,
        `"${programme.type}" is not one of the three types`,
      );
    }
    return {
      id: kebab(programme.id),
      name: programme.name,
      type: programme.type as Programme['type'],
      typeBasis: programme.type_basis,
      fields: {
        selfDescription: toField(programme.self_description),
        theoreticalBasis: toField(programme.theoretical_basis),
        lineage: toField(programme.lineage),
        format: toField(programme.format),
        length: toField(programme.length),
        deliveredBy: toField(programme.delivered_by),
        targetPopulation: toField(programme.target_population),
        childAge: toField(programme.child_age),
        countryOfOrigin: toField(programme.country_of_origin),
        developers: toField(programme.developers),
      },
      ratings: (programme.ratings ?? []).map(toField),
      replications: applyCorrections(named, (programme.replications ?? []).map(toField), evidence, sources),
      notes: correctedNotes(named, programme.notes ?? null),
      sourceIds: programme.sources.map((url) => sources.idFor(url) ?? url),
      catalogue: {
        summary: coding.summary,
        formats: coding.formats.codes,
        childAgeBands: coding.childAgeBands.codes,
        codedBy: 'project',
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Trial reports: copied field by field; design and outcome codes from content/trials/, matched by stable id.

/** Two sources give the year with a remark, e.g. "2020 (per document title)": keep the number and the remark apart. */
function yearOf(year: TrialIn['citation']['year'], trialId: string): { year: number | null; yearNote: string | null } {
  if (typeof year !== 'string') return { year: year ?? null, yearNote: null };
  const match = /^(\d{4})\s*\((.+)\)$/.exec(year);
  if (!match?.[1] || !match[2])
    throw new DataBuildError('sources/trials.json', `${trialId}.citation.year`, `cannot read the year "${year}"`);
  return { year: Number(match[1]), yearNote: match[2] };
}

const asText = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function trialOutcomes(trial: TrialIn, named: Named<TrialContent>): Trial['outcomes'] {
  const { file, data } = named;
  const keys = trial.outcomes.map((outcome) => outcomeKey(outcome.measure));
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index)
      throw new DataBuildError(
        'sources/trials.json',
        `${trial.id}.outcomes.${index}.measure`,
        `two outcomes have the same stable id "${key}"`,
      );
  });
  for (const key of Object.keys(data.outcomes)) {
    if (!keys.includes(key))
      throw new DataBuildError(
        file,
        `outcomes.${key}`,
        `codes an outcome that is not in trials.json for ${trial.id}: the code points at nothing`,
      );
  }
  return trial.outcomes.map((outcome, index) => {
    const key = keys[index] ?? '';
    const code = data.outcomes[key];
    if (!code)
      throw new DataBuildError(
        file,
        `outcomes.${key}`,
        `is missing: trials.json has a new outcome "${outcome.measure}" for ${trial.id}; code it`,
      );
    if (code.resultText !== outcome.result_text) {
      throw new DataBuildError(
        file,
        `outcomes.${key}.resultText`,
        `the outcome whose source text changed: trials.json now says "${outcome.result_text}"; re-read it and re-code`,
      );
    }
    return {
      id: key,
      domain: outcome.domain,
      measure: outcome.measure,
      resultText: outcome.result_text,
      effectSize: outcome.effect_size ?? null,
      p: outcome.p ?? null,
      note: outcome.note ?? null,
      coding: {
        domain: code.domain,
        ...(code.alsoDomains && code.alsoDomains.length > 0 ? { alsoDomains: code.alsoDomains } : {}),
        direction: code.direction,
        comparison: code.comparison,
        reason: code.reason,
        codedBy: 'project' as const,
      },
    };
  });
}

function nCountsOf(trial: TrialIn, named: Named<TrialContent>): Pick<Trial, 'nCounts'> {
  const counts = named.data.nCounts;
  if (!counts) return {};
  if (counts.readFrom !== trial.n_detail)
    throw new DataBuildError(
      named.file,
      'nCounts.readFrom',
      `the source text changed: trials.json ${trial.id}.n_detail now says "${String(trial.n_detail)}"; re-read it`,
    );
  return { nCounts: { kind: counts.kind, note: counts.note } };
}

export function buildTrials(content: Content, evidence: EvidenceSources, sources: SourceRegister): Trial[] {
  const byReport = new Map(content.trials.map((named) => [named.data.report, named]));
  for (const named of content.trials) {
    if (!evidence.trials.some((trial) => trial.id === named.data.report)) {
      throw new DataBuildError(named.file, 'report', `"${named.data.report}" is not a report in trials.json`);
    }
  }
  const programmeIds = new Set(evidence.programmes.map((programme) => programme.id));
  return evidence.trials.map((trial) => {
    const named = byReport.get(trial.id);
    if (!named)
      throw new DataBuildError(
        `content/trials/${kebab(trial.id)}.json`,
        '(file)',
        `is missing: trials.json has a new report "${trial.id}"; add its content file with its design and outcome codes`,
      );
    if (!programmeIds.has(trial.programme_id))
      throw new DataBuildError(
        'sources/trials.json',
        `${trial.id}.programme_id`,
        `"${trial.programme_id}" is not a programme in programmes.json`,
      );
    if (named.data.design.readFrom !== trial.design) {
      throw new DataBuildError(
        named.file,
        'design.readFrom',
        `the source text it was read from has changed: trials.json now says "${trial.design}"; re-code`,
      );
    }
    const outcomes = trialOutcomes(trial, named);
    return {
      id: kebab(trial.id),
      programmeId: kebab(trial.programme_id),
      citation: {
        authors: trial.citation.authors ?? null,
        ...yearOf(trial.citation.year, trial.id),
        title: trial.citation.title,
        journal: trial.citation.journal ?? null,
        volume: asText(trial.citation.volume),
        issue: asText(trial.citation.issue),
        pages: asText(trial.citation.pages),
        doi: trial.citation.doi ?? null,
      },
      design: trial.design,
      designCode: named.data.design.code,
      reportKind: named.data.reportKind,
      n: trial.n ?? null,
      ...nCountsOf(trial, named),
      nDetail: trial.n_detail ?? null,
      population: trial.population ?? null,
      country: trial.country ?? null,
      comparison: trial.comparison ?? null,
      outcomes,
      sourceId: sources.idFor(trial.source_url) ?? trial.source_url,
      additionalSourceIds: (trial.additional_sources ?? []).map((url) => sources.idFor(url) ?? url),
      notes: trial.notes ?? null,
      // Set by buildTrialSamples, which knows which reports share a sample.
      sampleId: null,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Trials as samples: reports grouped only where content/trial-samples/ says so (with the source text it rests on);
// every other report (except a summary) is a trial of its own.

export function buildTrialSamples(content: Content, evidence: EvidenceSources, reports: Trial[]): TrialSample[] {
  const groupOf = new Map<string, Named<TrialSampleContent>>();
  for (const named of content.trialSamples) {
    const { file, data } = named;
    data.reports.forEach((reportId, index) => {
      const report = evidence.trials.find((trial) => trial.id === reportId);
      if (!report) throw new DataBuildError(file, `reports.${index}`, `"${reportId}" is not a report in trials.json`);
      if (report.programme_id !== data.programme)
        throw new DataBuildError(
          file,
          `reports.${index}`,
          `"${reportId}" is a report of ${report.programme_id}, not ${data.programme}`,
        );
      const earlier = groupOf.get(reportId);
      if (earlier)
        throw new DataBuildError(file, `reports.${index}`, `"${reportId}" is already grouped in ${earlier.file}`);
      groupOf.set(reportId, named);
    });
    data.readFrom.forEach((quote, index) => {
      if (!data.reports.includes(quote.report))
        throw new DataBuildError(
          file,
          `readFrom.${index}.report`,
          `"${quote.report}" is not one of this trial's reports`,
        );
      const report = evidence.trials.find((trial) => trial.id === quote.report);
      if (report?.[quote.field] !== quote.text) {
        throw new DataBuildError(
          file,
          `readFrom.${index}.text`,
          `the source text changed: trials.json ${quote.report}.${quote.field} now says "${String(report?.[quote.field])}"; re-read it and decide again`,
        );
      }
    });
  }
  const samples: TrialSample[] = [];
  for (const report of reports) {
    if (report.reportKind === 'summary') continue;
    const sourceId = evidence.trials.find((trial) => kebab(trial.id) === report.id)?.id ?? report.id;
    const group = groupOf.get(sourceId);
    const id = group ? group.data.id : report.id;
    report.sampleId = id;
    if (samples.some((sample) => sample.id === id)) continue;
    samples.push({
      id,
      programmeId: report.programmeId,
      registration: group ? group.data.registration : null,
      grouping: group
        ? {
            basis: group.data.basis,
            evidenceReportIds: [...new Set(group.data.readFrom.map((quote) => kebab(quote.report)))],
          }
        : null,
    });
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------------------------
// Possible overlaps: trials counted apart that may share participants (content/possible-overlaps.json).

export function buildPossibleOverlaps(
  content: Content,
  evidence: EvidenceSources,
  reports: Trial[],
): EvidenceDataset['possibleOverlaps'] {
  const { file, data } = content.possibleOverlaps;
  return data.map((overlap, index) => {
    const sampleIds = overlap.reports.map((reportId, reportIndex) => {
      const source = evidence.trials.find((trial) => trial.id === reportId);
      const report = reports.find((trial) => trial.id === kebab(reportId));
      if (!source || !report?.sampleId)
        throw new DataBuildError(
          file,
          `${index}.reports.${reportIndex}`,
          `"${reportId}" is not a trial report in trials.json`,
        );
      if (source.programme_id !== overlap.programme)
        throw new DataBuildError(
          file,
          `${index}.reports.${reportIndex}`,
          `"${reportId}" is not a report of ${overlap.programme}`,
        );
      return report.sampleId;
    });
    if (new Set(sampleIds).size !== sampleIds.length)
      throw new DataBuildError(
        file,
        `${index}.reports`,
        'names two reports of one trial: they are already counted once',
      );
    overlap.readFrom.forEach((quote, quoteIndex) => {
      const source = evidence.trials.find((trial) => trial.id === quote.report);
      if (!overlap.reports.includes(quote.report) || source?.[quote.field] !== quote.text)
        throw new DataBuildError(
          file,
          `${index}.readFrom.${quoteIndex}.text`,
          `the source text changed or is not one of these reports: trials.json ${quote.report}.${quote.field} says "${String(source?.[quote.field])}"; re-read it and decide again`,
        );
    });
    return { id: overlap.id, programmeId: kebab(overlap.programme), sampleIds, basis: overlap.basis };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Since the review: since-the-review.json copied field by field, with our short labels (content/since-the-review.json).
// Its own kind of evidence: nothing here touches the review's outcomes.

/** "not stated in the source (…)" reads as plain "Not in our sources (…)" on a page. */
export function plainMissing(value: string | null): string {
  if (value === null) return 'Not in our sources';
  return value.replace(/^not stated in (?:the source|the stored text|our sources)/i, 'Not in our sources');
}

/**
 * The compilers' notes name their files and "stored" pages; a reader gets plain words. The build fails if a file name
 * is left (see buildSinceTheReview).
 */
const NOTE_WORDS: [RegExp, string][] = [
  [/already in programmes-commissioning\.json/g, 'already among our commissioning sources'],
  [/not in trials\.json/g, 'not in our list of trials'],
  [/SOURCES\.md already lists it/g, 'our sources already list it'],
  [/\(see extraQuotes\)/g, '(see the exact words we read)'],
  [/trials\.json mentions/g, 'our list of trials mentions'],
  [/not in programmes\.json/g, 'not one of our programmes'],
  [/not in review\.json/g, 'not among our sources on the review'],
  [/\bThe stored copy\b/g, 'The copy we read'],
  [/\b(?:the|The) stored (page|text|record|abstract)\b/g, 'the $1 we read'],
];

export function plainNote(value: string): string {
  const plain = NOTE_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), value);
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export function buildSinceTheReview(
  content: Content,
  evidence: EvidenceSources,
  programmeIds: ReadonlySet<string>,
  sources: SourceRegister,
): EvidenceDataset['sinceTheReview'] {
  const file = 'sources/since-the-review.json';
  const { labels } = content.sinceTheReview.data;
  for (const id of Object.keys(labels))
    if (!evidence.sinceTheReview.some((entry) => entry.id === id))
      throw new DataBuildError(
        content.sinceTheReview.file,
        `labels.${id}`,
        'labels an entry that is not in since-the-review.json',
      );
  const entries = evidence.sinceTheReview.map((entry, index) => {
    const where = `${index} (id "${entry.id}")`;
    const label = labels[entry.id];
    if (!label)
      throw new DataBuildError(
        content.sinceTheReview.file,
        `labels.${entry.id}`,
        'is missing: every entry needs our short label',
      );
    if (entry.programmeId !== null && !programmeIds.has(entry.programmeId))
      throw new DataBuildError(
        file,
        `${where}.programmeId`,
        `"${entry.programmeId}" is not a programme in programmes.json`,
      );
    const appOutcomes = entry.appOutcomes.map((item, itemIndex) => {
      if (!(OUTCOME_IDS as readonly string[]).includes(item.appOutcome))
        throw new DataBuildError(
          file,
          `${where}.appOutcomes.${itemIndex}.appOutcome`,
          `"${item.appOutcome}" is not one of the app's outcomes`,
        );
      return {
        outcomeId: item.appOutcome as (typeof OUTCOME_IDS)[number],
        measureAsStated: item.measureAsStated,
        resultAsStated: item.resultAsStated,
        mappingNote: item.mappingNote === null ? null : plainNote(item.mappingNote),
      };
    });
    const quotes = [entry.quote, ...entry.extraQuotes.map((extra) => extra.quote)];
    [entry.resultAsStated, ...appOutcomes.map((item) => item.resultAsStated)].forEach((result, resultIndex) => {
      if (result !== null && !quotes.some((quote) => quote.includes(result)))
        throw new DataBuildError(
          file,
          resultIndex === 0 ? `${where}.resultAsStated` : `${where}.appOutcomes.${resultIndex - 1}.resultAsStated`,
          'is not word for word in any of the entry’s quotes',
        );
    });
    return {
      id: entry.id,
      label,
      kind: entry.kind,
      programmeId: entry.programmeId,
      programmeAsStated: entry.programmeAsStated,
      inReviewClass: entry.inReviewClass,
      relationToReview: plainNote(entry.relationToReview),
      citation: {
        authors: plainMissing(entry.citation.authors),
        year: entry.citation.year,
        title: entry.citation.title,
        journal: plainMissing(entry.citation.journal),
      },
      doi: entry.doi,
      year: entry.year,
      design: entry.design,
      country: plainMissing(entry.country),
      population: plainMissing(entry.population),
      n: plainNote(plainMissing(entry.n)),
      outcomesMeasured: entry.outcomesMeasured,
      resultAsStated: entry.resultAsStated,
      appOutcomes,
      sourceId: sources.idFor(entry.sourceUrl, { title: entry.citation.title }) ?? entry.sourceUrl,
      sourceKind: entry.sourceKind,
      quote: entry.quote,
      extraQuotes: entry.extraQuotes.map((extra) => ({
        sourceId: sources.idFor(extra.sourceUrl) ?? extra.sourceUrl,
        quote: extra.quote,
      })),
      caution: entry.caution === null ? null : plainNote(entry.caution),
    };
  });
  for (const [index, entry] of entries.entries())
    for (const [field, value] of Object.entries({
      relationToReview: entry.relationToReview,
      caution: entry.caution,
      n: entry.n,
      ...Object.fromEntries(
        entry.appOutcomes.map((item, itemIndex) => [`appOutcomes.${itemIndex}.mappingNote`, item.mappingNote]),
      ),
    }))
      if (value !== null && /\.(?:json|md)\b|\bstored\b|extraQuotes|resultAsStated/.test(value))
        throw new DataBuildError(
          file,
          `${index} (id "${entry.id}").${field}`,
          `still names a file or a stored page ("${value}"): add its plain words to NOTE_WORDS`,
        );
  return entries;
}

// ---------------------------------------------------------------------------------------------------------------
// What changed: content/changelog.json, newest first; its first entry must be this version.

export function buildChangelog(
  content: Content,
  sinceTheReview: EvidenceDataset['sinceTheReview'],
): EvidenceDataset['changelog'] {
  const { file, data } = content.changelog;
  const { datasetVersion, datasetDate } = content.dataset.data;
  const first = data.versions[0];
  if (!first || first.version !== datasetVersion || first.date !== datasetDate)
    throw new DataBuildError(
      file,
      'versions.0',
      `must describe this release, ${datasetVersion} dated ${datasetDate} (content/dataset.json): add its changes first`,
    );
  const seen = new Set<string>();
  data.versions.forEach((version, index) => {
    if (seen.has(version.version))
      throw new DataBuildError(file, `versions.${index}.version`, `repeats version ${version.version}`);
    seen.add(version.version);
    const next = data.versions[index + 1];
    if (next && next.date > version.date)
      throw new DataBuildError(file, `versions.${index + 1}.date`, 'versions must be newest first');
  });
  const known = new Set(sinceTheReview.map((entry) => entry.id));
  const listed = new Set(
    data.versions.flatMap((version) => version.changes.flatMap((change) => change.sinceIds ?? [])),
  );
  const unlisted = [...known].filter((id) => !listed.has(id));
  if (unlisted.length > 0)
    throw new DataBuildError(
      file,
      'versions.0.changes',
      `since-the-review.json has entries no version lists as added (${unlisted.join(', ')}): add them to this release's "studies-added" change`,
    );
  return data.versions.map((version, index) => ({
    version: version.version,
    date: version.date,
    summary: version.summary,
    changes: version.changes.map((change, changeIndex) => {
      const ids = change.sinceIds ?? [];
      ids.forEach((id, idIndex) => {
        if (!known.has(id))
          throw new DataBuildError(
            file,
            `versions.${index}.changes.${changeIndex}.sinceIds.${idIndex}`,
            `"${id}" is not an entry of since-the-review.json`,
          );
      });
      return { kind: change.kind, text: change.text, sinceIds: ids };
    }),
  }));
}

// ---------------------------------------------------------------------------------------------------------------

/** The whole dataset, validated with the app's own schema; a failure names the section, row and field. */
export function buildDataset(content: Content, evidence: EvidenceSources): EvidenceDataset {
  const sources = new SourceRegister(buildNamedSources(content, evidence));
  const review = buildReview(content, evidence);
  const outcomes = buildOutcomes(content, evidence);
  const programmesWithoutCommissioning = buildProgrammes(content, evidence, sources);
  const trials = buildTrials(content, evidence, sources);
  const trialSamples = buildTrialSamples(content, evidence, trials);
  // After the trials, so that the ids of sources already listed do not change.
  const programmes: Programme[] = programmesWithoutCommissioning.map((programme) => ({
    ...programme,
    commissioning: buildCommissioning(
      programme.id,
      evidence.commissioning,
      content.commissioning,
      (url, details) => sources.idFor(url, details) ?? url,
    ),
  }));
  // After the programmes, for the same reason.
  const helpNow = buildHelpNow(evidence.helpNow, content.helpNow, (url, details) => sources.idFor(url, details) ?? url);
  // Last, so that the ids of sources already listed do not change.
  const sinceTheReview = buildSinceTheReview(
    content,
    evidence,
    new Set(programmes.map((programme) => programme.id)),
    sources,
  );
  const dataset: EvidenceDataset = {
    schemaVersion: SCHEMA_VERSION,
    datasetVersion: content.dataset.data.datasetVersion,
    datasetDate: content.dataset.data.datasetDate,
    sources: sources.all(),
    review,
    outcomes,
    programmes,
    trials,
    trialSamples,
    possibleOverlaps: buildPossibleOverlaps(content, evidence, trials),
    helpNow,
    sinceTheReview,
    changelog: buildChangelog(content, sinceTheReview),
  };
  // Validate only: the parsed copy would follow the schema's key order, and the file keeps the builder's order.
  parseWith(evidenceDatasetSchema, dataset, 'public/data/evidence.json (as built)');
  // The compilers' search notes and field names in plain words ("not in our sources"): public-wording.ts.
  return withPublicWording(dataset);
}

/** The file text exactly as committed: two-space JSON and a final newline. */
export const serialiseDataset = (dataset: EvidenceDataset): string => `${JSON.stringify(dataset, null, 2)}\n`;
