import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import {
  activeFilterCount,
  applyFilters,
  countryName,
  designSummary,
  emptyFilters,
  COMPARISON_STRENGTH,
  codedDomains,
  evidenceMapRows,
  facetCounts,
  facetOptions,
  filtersToParameters,
  parseFilters,
  programmeFacts,
  tallyDirections,
  toggleFilter,
} from './catalogue';
import { parseEvidenceDataset } from './parse-evidence';

const dataset = parseEvidenceDataset(publishedJson);
const facts = programmeFacts(dataset);
const options = facetOptions(dataset, facts);
const namesOf = (list: typeof facts) => list.map((fact) => fact.programme.id);

describe('filtering by type', () => {
  it('lists exactly the programmes coded as mentalization-based', () => {
    const filters = { ...emptyFilters(), type: ['mentalization'] };
    const expected = dataset.programmes
      .filter((programme) => programme.type === 'mentalization')
      .map((programme) => programme.id);
    expect(namesOf(applyFilters(facts, filters))).toEqual(expected);
    expect(expected).toEqual([
      'minding-the-baby',
      'mothering-from-the-inside-out',
      'lighthouse-parenting-programme',
      'mother-baby-nurture',
    ]);
  });

  it('lists the union of two types', () => {
    const filters = { ...emptyFilters(), type: ['mentalization', 'dyadic'] };
    const expected = dataset.programmes
      .filter((programme) => programme.type !== 'attachment')
      .map((programme) => programme.id);
    expect(namesOf(applyFilters(facts, filters))).toEqual(expected);
  });

  it('combines facets with AND', () => {
    const filters = { ...emptyFilters(), type: ['dyadic'], country: ['Sweden'] };
    expect(namesOf(applyFilters(facts, filters))).toEqual(['mother-infant-psychoanalytic-treatment']);
  });

  it('shows every programme with no filters', () => {
    expect(applyFilters(facts, emptyFilters())).toHaveLength(14);
  });
});

describe('filtering by delivered in the UK', () => {
  it('lists the programmes whose commissioning facts describe UK delivery, whatever country their trials ran in', () => {
    const filters = { ...emptyFilters(), delivered: ['uk'] };
    const expected = dataset.programmes
      .filter((programme) => programme.commissioning.ukDelivery.facts.length > 0)
      .map((programme) => programme.id);
    const listed = namesOf(applyFilters(facts, filters));
    expect(listed).toEqual(expected);
    expect(listed).toEqual(
      expect.arrayContaining(['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy']),
    );
    const ukTrials = namesOf(applyFilters(facts, { ...emptyFilters(), country: ['UK'] }));
    expect(listed).not.toEqual(ukTrials);
  });

  it('reads the filter from the URL and writes it back', () => {
    const parsed = parseFilters(new URLSearchParams('delivered=uk'), options);
    expect(parsed.ignored).toEqual([]);
    expect(filtersToParameters(parsed.filters, options).toString()).toBe('delivered=uk');
    expect(parseFilters(new URLSearchParams('delivered=no'), options).ignored).toHaveLength(1);
  });
});

describe('facetCounts', () => {
  it('counts what ticking a value would show, given the other facets', () => {
    const filters = { ...emptyFilters(), type: ['dyadic'] };
    expect(facetCounts(facts, filters, 'type', 'mentalization')).toBe(4);
    expect(facetCounts(facts, filters, 'country', 'Sweden')).toBe(1);
    expect(facetCounts(facts, filters, 'format', 'group')).toBe(0);
  });
});

describe('strongest design and countries', () => {
  it('takes the strongest design over a programme’s reports and says when there are no trials', () => {
    const byId = Object.fromEntries(facts.map((fact) => [fact.programme.id, fact]));
    expect(byId['circle-of-security']?.strongestDesign).toBe('rct');
    expect(byId['geneva-brief-mother-infant-psychotherapy']?.strongestDesign).toBe('controlled-unclear');
    expect(byId['mother-baby-nurture']?.strongestDesign).toBe('none');
  });

  it('summarises designs per trial in words, reports in brackets, leaving out summaries of other reports', () => {
    const byId = Object.fromEntries(facts.map((fact) => [fact.programme.id, fact]));
    // Three Mom Power reports share one registered trial (NCT01554215); two Minding the Baby reports share one sample.
    expect(designSummary(byId['mom-power']?.trials ?? [])).toBe('2 trials (4 reports): 1 RCT; 1 before and after');
    expect(designSummary(byId['minding-the-baby']?.trials ?? [])).toBe('2 trials (3 reports): 2 RCT');
    expect(designSummary([])).toBe('No trials in our sources');
  });

  it('reads the country before any bracket', () => {
    expect(countryName('USA (New Haven, Connecticut)')).toBe('USA');
    expect(countryName(null)).toBeNull();
  });
});

describe('URL parameters', () => {
  it('reads repeated parameters and ignores unknown names and values, listing them', () => {
    const parsed = parseFilters(new URLSearchParams('type=mentalization&type=dyadic&type=banana&colour=red'), options);
    expect(parsed.filters.type).toEqual(['mentalization', 'dyadic']);
    expect(parsed.ignored).toEqual([
      'type=banana (“banana” is not one of the choices under “Type of intervention (our coding)”)',
      'colour=red (there is no filter called “colour”)',
    ]);
  });

  it('writes filters back in a stable order, whatever the order they were chosen in', () => {
    let filters = emptyFilters();
    filters = toggleFilter(filters, 'type', 'dyadic');
    filters = toggleFilter(filters, 'type', 'mentalization');
    expect(filtersToParameters(filters, options).toString()).toBe('type=mentalization&type=dyadic');
    expect(activeFilterCount(filters)).toBe(2);
    expect(toggleFilter(filters, 'type', 'dyadic').type).toEqual(['mentalization']);
  });
});

describe('evidenceMapRows', () => {
  const rows = evidenceMapRows(facts);
  const none = { improved: 0, 'better-than-before': 0, 'better-than-other-treatment': 0, 'no-difference': 0, mixed: 0 };

  it('leaves out developer summaries and results that are not an effect of the programme', () => {
    const mtb = rows.find((row) => row.programmeId === 'minding-the-baby');
    const findings = Object.values(mtb?.cells ?? {})
      .flat()
      .flatMap((entry) => entry.findings);
    expect(findings.map((finding) => finding.reportId)).not.toContain('mtb-yale-combined');
    const mom = rows.find((row) => row.programmeId === 'mom-power');
    expect(mom?.cells.other).toEqual([]);
  });

  it('shows null and mixed findings as plainly as positive ones (AFC parent-infant psychotherapy)', () => {
    const pip = rows.find((row) => row.programmeId === 'afc-parent-infant-psychotherapy');
    expect(tallyDirections(pip?.cells.attachment ?? [])).toEqual({ ...none, 'no-difference': 1 });
    expect(tallyDirections(pip?.cells['parent-mental-health'] ?? [])).toEqual({ ...none, improved: 1 });
  });

  it('counts findings per trial: a follow-up of the same trial adds no second mark', () => {
    const cpp = rows.find((row) => row.programmeId === 'child-parent-psychotherapy');
    const behaviour = cpp?.cells['child-behaviour'] ?? [];
    const lieberman = behaviour.filter((entry) =>
      entry.findings.some((finding) => finding.reportId === 'cpp-lieberman2006'),
    );
    expect(lieberman).toHaveLength(1);
    expect(lieberman[0]?.findings.map((finding) => finding.reportId)).toEqual(
      expect.arrayContaining(['cpp-lieberman2005', 'cpp-lieberman2006']),
    );
    expect(new Set(behaviour.map((entry) => `${entry.sampleId}/${entry.comparison}`)).size).toBe(behaviour.length);
  });

  it('gives each trial one mark per outcome, so the counts are trials (P8)', () => {
    for (const row of rows) {
      for (const [domain, entries] of Object.entries(row.cells)) {
        const samples = entries.map((entry) => entry.sampleId);
        expect(new Set(samples).size, `${row.programmeId} ${domain}`).toBe(samples.length);
        for (const entry of entries) {
          const strongest = Math.min(
            ...entry.findings.map((finding) => COMPARISON_STRENGTH.indexOf(finding.comparison)),
          );
          expect(COMPARISON_STRENGTH.indexOf(entry.comparison)).toBe(strongest);
        }
      }
    }
  });

  it('keeps a before-and-after result apart from a result against a comparison group', () => {
    for (const row of rows) {
      for (const entry of Object.values(row.cells).flat()) {
        for (const finding of entry.findings) {
          if (finding.comparison !== 'controlled')
            expect(finding.direction, `${finding.reportId} ${finding.measure}`).not.toBe('improved');
        }
      }
    }
  });
});

describe('findings that name several outcomes (audit P7)', () => {
  const www = programmeFacts(dataset).find((fact) => fact.programme.id === 'watch-wait-wonder');
  it('files a finding under every outcome its measure names', () => {
    for (const trial of dataset.trials)
      for (const outcome of trial.outcomes) expect(codedDomains(outcome)[0]).toBe(outcome.coding.domain);
    expect(www?.domains).toEqual(expect.arrayContaining(['parenting-stress', 'interaction', 'child-behaviour']));
  });

  it('shows a follow-up in which the other group caught up beside the earlier advantage', () => {
    const row = evidenceMapRows(www ? [www] : [])[0];
    for (const domain of ['parent-mental-health', 'attachment'] as const) {
      const directions = row?.cells[domain].flatMap((entry) => entry.findings.map((finding) => finding.direction));
      expect(directions).toContain('no-difference');
      expect(row?.cells[domain].map((entry) => entry.direction)).toContain('mixed');
    }
  });
});
