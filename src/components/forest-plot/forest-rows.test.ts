import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from '../../domain/parse-evidence';
import { toForestRows } from './forest-rows';

const dataset = parseEvidenceDataset(publishedJson);

describe('toForestRows', () => {
  const rows = toForestRows(dataset.outcomes);

  it('keeps all six outcomes, the two with no figures included', () => {
    expect(rows.map((row) => row.kind)).toEqual(['interval', 'interval', 'interval', 'interval', 'no-figures', 'no-figures']);
  });

  it('puts infant attachment on the benefit side and keeps the printed interval beside it', () => {
    const attachment = rows.find((row) => row.id === 'infant-attachment');
    expect(attachment).toMatchObject({ kind: 'interval', lower: 0.19, upper: 0.95, reportedText: '\u22120.95 to \u22120.19', orientedText: '0.19 to 0.95' });
  });

  it('leaves a positive-is-better result as it is (maternal depression 0.13 to 0.45)', () => {
    expect(rows.find((row) => row.id === 'maternal-depression')).toMatchObject({ lower: 0.13, upper: 0.45 });
  });
});
