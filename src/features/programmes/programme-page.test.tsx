import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { compareProgrammes } from '../../domain/comparison/programme-comparison';
import { COMMISSIONING_CATEGORIES, type Programme } from '../../domain/evidence/evidence-schema';
import { comparisonRecords } from '../../domain/export/tables';
import { findSource } from '../../domain/evidence/lookup';
import { citedLink, citedSourceLink } from '../../domain/evidence/source-hosts';
import { ProgrammePage } from './programme-page';

// Every sourced fact of the dataset must reach a page a reader would look at, whichever way it points: the
// programme's own page (with its source link), and the comparison and its CSV. Computed from the dataset, so a new
// fact without a place to be shown turns this red.

const routes = [{ path: '/interventions/:programmeId', element: <ProgrammePage /> }];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function programmeFacts(programme: Programme) {
  return COMMISSIONING_CATEGORIES.flatMap((category) =>
    programme.commissioning[category].facts.map((fact) => ({ category, fact })),
  );
}

describe('ProgrammePage: every dataset fact is shown', () => {
  it.each(dataset.programmes.map((programme) => [programme.id, programme] as const))(
    '%s shows every commissioning fact, field, trial result and newer study with its source',
    async (id, programme) => {
      const { container } = renderWithEvidence(routes, `/interventions/${id}`);
      await screen.findByRole('heading', { level: 1, name: programme.name });
      const text = squash(container.textContent);
      const hrefs = new Set([...container.querySelectorAll('a')].map((link) => link.getAttribute('href')));
      const missing: string[] = [];
      // The link cites the original where our sources hold it (a DOI or the official registry page), not the copy we
      // read (src/domain/evidence/source-hosts.ts).
      const expectShown = (what: string, value: string, sourceId: string | null, doi?: string | null) => {
        if (!text.includes(squash(value))) missing.push(`${what}: ${value}`);
        const source = findSource(dataset, sourceId);
        const url = (doi ? citedLink(dataset, source, doi) : citedSourceLink(dataset, source))?.href;
        if (url && !hrefs.has(url)) missing.push(`${what} (source link ${url})`);
      };
      for (const { category, fact } of programmeFacts(programme))
        expectShown(`commissioning ${category}`, fact.value, fact.sourceId);
      for (const [key, field] of Object.entries(programme.fields))
        if (field.value) expectShown(`field ${key}`, field.value, field.sourceId);
      for (const field of [...programme.ratings, ...programme.replications])
        if (field.value) expectShown('rating or replication', field.value, field.sourceId);
      for (const trial of dataset.trials.filter((candidate) => candidate.programmeId === id))
        for (const outcome of trial.outcomes)
          expectShown(`${trial.id} ${outcome.measure}`, outcome.resultText, trial.sourceId, trial.citation.doi);
      expect(missing).toEqual([]);
    },
  );
});

describe('Comparison and its CSV: every commissioning fact is a row item', () => {
  it('puts every commissioning fact of every programme into the comparison table and the CSV', () => {
    const table = compareProgrammes(dataset, dataset.programmes);
    const records = comparisonRecords(dataset, table);
    const missing: string[] = [];
    dataset.programmes.forEach((programme, column) => {
      const items = table.rows.flatMap((row) => row.cells[column]?.items ?? []);
      for (const { category, fact } of programmeFacts(programme)) {
        if (!items.some((item) => item.text === fact.value && item.sources.some((s) => s.sourceId === fact.sourceId)))
          missing.push(`${programme.id} ${category}: ${fact.value}`);
        if (!records.some((record) => record.Compared === programme.name && record.Value === fact.value))
          missing.push(`${programme.id} ${category} (CSV): ${fact.value}`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('shows the result of the NSPCC trial of Minding the Baby, not “protocol only”', () => {
    const programme = dataset.programmes.find((candidate) => candidate.id === 'minding-the-baby');
    const texts = programme?.replications.map((field) => field.value ?? '') ?? [];
    expect(texts.some((value) => /no difference .* maternal sensitivity/.test(value))).toBe(true);
    expect(texts.some((value) => /results not found/.test(value))).toBe(false);
  });
});
