import type { EvidenceDataset } from '../../src/domain/evidence/evidence-schema';
import { readFileSync } from 'node:fs';

interface DatasetForTests {
  programmes: {
    id: string;
    name: string;
    type: string;
    commissioning: { ukDelivery: { facts: unknown[] }; dose: { facts: { value: string }[] } };
  }[];
  trials: { id: string; programmeId: string; sourceId: string }[];
  sources: { id: string; url: string | null }[];
}

/** The published dataset, read straight from disk, so browser tests compare the page with the data it shows. */
export function readDataset(): DatasetForTests {
  return JSON.parse(
    readFileSync(new URL('../../public/data/evidence.json', import.meta.url), 'utf8'),
  ) as DatasetForTests;
}

/** The whole published dataset, typed as the app reads it, for tests that call the app's own rules on it. */
export function readFullDataset(): EvidenceDataset {
  return JSON.parse(
    readFileSync(new URL('../../public/data/evidence.json', import.meta.url), 'utf8'),
  ) as EvidenceDataset;
}
