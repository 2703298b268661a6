import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// ESLint loads the whole config (and TypeScript's parser) on first use: many seconds on a busy 2-core machine.
const LINT_TIMEOUT = { timeout: 60_000 };

const root = resolve(import.meta.dirname, '..');

// The project's own eslint.config.js, without the type-aware rules (the probes are not in the TypeScript project) and
// without its ignores (the cycle fixture is ignored by the normal lint run, which would otherwise fail on it).
const eslint = new ESLint({ cwd: root, ignore: false, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules that refuse a file at `path` (from the project root) importing `from`. */
async function refusals(path: string, from: string): Promise<string[]> {
  const code = `import * as probe from '${from}';\n\nexport const probed = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).flatMap((message) => (message.ruleId ? [message.ruleId] : []));
}

describe('the lint zones', LINT_TIMEOUT, () => {
  it('refuse a feature importing another feature, by any path', async () => {
    expect(await refusals('src/features/outcomes/probe.ts', '../catalogue/catalogue-page')).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await refusals('src/features/outcomes/probe.ts', '../../features/catalogue/catalogue-page')).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await refusals('src/features/analysis/panels/probe.ts', '../../outcomes/outcomes-page')).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it("let a feature's subfolder import its own feature, and a feature import lower layers", async () => {
    expect(await refusals('src/features/analysis/panels/probe.ts', '../download')).toEqual([]);
    expect(await refusals('src/features/outcomes/probe.ts', './outcomes-page')).toEqual([]);
    expect(await refusals('src/features/outcomes/probe.ts', '../../components/source-link')).toEqual([]);
    expect(await refusals('src/features/outcomes/probe.ts', '../../domain/pages/pages')).toEqual([]);
  });

  it('refuse an import against the direction of the layers', async () => {
    expect(await refusals('src/features/outcomes/probe.ts', '../../app/routes')).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await refusals('src/components/probe.ts', '../features/home/home-page')).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await refusals('src/data/probe.ts', '../components/source-link')).toContain('import-x/no-restricted-paths');
    expect(await refusals('src/domain/probe.ts', '../data/evidence-query')).toContain('import-x/no-restricted-paths');
  });
});

describe('the import-cycle rule', LINT_TIMEOUT, () => {
  it('refuses two modules that import each other', async () => {
    const results = await eslint.lintFiles([resolve(root, 'scripts/lint-fixtures/cycle-a.ts')]);
    const rules = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toContain('import-x/no-cycle');
  });
});
