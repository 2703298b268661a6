import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './all-terms';

describe('GLOSSARY', () => {
  it('has unique, URL-safe ids and is in alphabetical order of id', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('names each term by the file it lives in, so an import says which term it is', async () => {
    for (const entry of GLOSSARY) {
      const module = (await import(`./${entry.id}.ts`)) as Record<string, unknown>;
      expect(Object.values(module), entry.id).toContain(entry);
    }
  });

  it('lists every term file, so no term links to a glossary entry that is not on the glossary page', () => {
    const files = import.meta.glob<Record<string, unknown>>(
      ['./*.ts', '!./*.test.ts', '!./all-terms.ts', '!./glossary-entry.ts'],
      { eager: true },
    );
    const entries = Object.values(files).flatMap((module) => Object.values(module));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(GLOSSARY).toContain(entry);
  });

  it('covers the terms the issue names', () => {
    for (const id of [
      'reflective-functioning',
      'mentalization',
      'attachment',
      'dyadic',
      'rct',
      'confidence-interval',
      'p-value',
      'heterogeneity',
      'hedges-g',
      'number-needed-to-treat',
    ]) {
      expect(
        GLOSSARY.some((entry) => entry.id === id),
        id,
      ).toBe(true);
    }
  });
});
