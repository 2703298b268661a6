import { POOL_METHOD_IDS } from '../stats/pool-methods';
import { z } from '../zod';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './analyse';
import { LAYOUTS, STUDY_FIELDS, type ColumnMapping, type LayoutId } from './layouts';
import { MAX_MODERATORS } from './moderators';
import type { ConversionOptions } from './study-rows';

// A saved analysis workspace: the data as text, how its columns are read, the settings and a name. Versioned, so a
// workspace saved by an older version of the app is migrated when it is opened, and one from a newer version is
// refused with a clear message rather than misread.

export const WORKSPACE_FORMAT = 'under5s-analysis-workspace';
export const WORKSPACE_VERSION = 2;

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  id: string;
  name: string;
  /** ISO date-time of the last save. */
  savedAt: string;
  source: { kind: 'file' | 'paste' | 'example' | 'template' | 'workspace-file'; fileName?: string };
  csvText: string;
  mapping: ColumnMapping;
  /** A layout chosen by hand, or null to use the first that fits. */
  layout: LayoutId | null;
  options: ConversionOptions;
  settings: AnalysisSettings;
}

const layoutIds = LAYOUTS.map((layout) => layout.id) as [LayoutId, ...LayoutId[]];
const mappingSchema = z.partialRecord(z.enum(STUDY_FIELDS), z.string());

/** A line number in a file the importer accepts (at most 20 million characters, so fewer lines than that). */
export const MAX_LINE = 20_000_000;
/** More exclusions than any file has rows. */
export const MAX_EXCLUDED = 1_000_000;

const settingsSchema = z
  .object({
    method: z.enum(POOL_METHOD_IDS),
    test: z.enum(['z', 'knha']),
    outcome: z.string().nullable(),
    subgroupBy: z.enum(['none', 'group', 'outcome', 'year-band']),
    excluded: z.array(z.number().int().positive().max(MAX_LINE)).max(MAX_EXCLUDED),
    benefit: z.enum(['positive', 'negative']),
    // Optional, so a version 2 workspace saved before meta-regression opens with no moderators; an older app drops
    // them, which loses only the choice, never misreads the data, so the version is not bumped (as for options.decimal).
    moderators: z
      .array(z.object({ column: z.string().min(1).max(200), kind: z.enum(['continuous', 'categorical']) }))
      .max(MAX_MODERATORS)
      .optional(),
    // Optional for the same reason: an older app drops it and shows the usual model, with its warning about repeats.
    levels: z.union([z.literal(2), z.literal(3)]).optional(),
    // Optional for the same reason: a workspace saved before the choice shows both forms; an older app drops it.
    eggerForm: z.enum(['both', 'lm', 'rma']).optional(),
    // Optional for the same reason: a workspace saved before it shows no trim-and-fill; an older app drops it.
    trimAndFill: z.enum(['off', 'L0', 'R0', 'Q0']).optional(),
    // Optional for the same reason: a workspace saved before it pools by the Method. An older app drops it and pools the
    // same studies by the inverse-variance fixed effect (the Method saved with it), so it loses the choice only.
    countsPooling: z.enum(['IV', 'MH', 'PETO']).optional(),
  })
  // Mantel–Haenszel and Peto are fixed-effect methods with a z test: a file cannot pair them with another Method.
  .transform((settings) =>
    settings.countsPooling === 'MH' || settings.countsPooling === 'PETO'
      ? { ...settings, method: 'FE' as const, test: 'z' as const }
      : settings,
  );

const workspaceSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  savedAt: z.string(),
  source: z.object({
    kind: z.enum(['file', 'paste', 'example', 'template', 'workspace-file']),
    fileName: z.string().optional(),
  }),
  csvText: z.string(),
  mapping: mappingSchema,
  layout: z.enum(layoutIds).nullable(),
  options: z.object({
    smd: z.enum(['hedges', 'cohen']),
    // 'RD' (the risk difference) and proportion were added with the further measures. An older app refuses a
    // workspace that uses them, with the reason (as it refuses the layouts they came with), so it cannot misread one;
    // one that does not use them is unchanged, so the version is not bumped.
    ratio: z.enum(['OR', 'RR', 'RD']),
    ciScale: z.enum(['difference', 'ratio']),
    // Optional, so workspaces saved before it read as before (full stops); an older app drops it, and then refuses
    // comma cells as "not a number" rather than misreading them.
    decimal: z.enum(['point', 'comma']).optional(),
    // Optional: absent reads as the logit, the default for the proportions layout.
    proportion: z.enum(['PLO', 'PFT']).optional(),
  }),
  settings: settingsSchema,
});

/**
 * Steps that bring an older saved format up to the current one, keyed by the version they start from. When the format
 * changes, add a step from the last version and bump WORKSPACE_VERSION.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 says whether an effect with its CI holds ratios. Every version 1 workspace read them as differences. The
  // version is bumped (not just a field added) so that an older app refuses a version 2 file instead of dropping the
  // setting and reading ratios as differences.
  1: (old) => ({
    ...old,
    version: 2,
    options:
      old.options !== null && typeof old.options === 'object' ? { ...old.options, ciScale: 'difference' } : old.options,
  }),
};

export type WorkspaceReading = { ok: true; workspace: Workspace } | { ok: false; problems: string[] };

/** Reads a stored or imported workspace of any known version, migrating it to the current one. */
export function migrateWorkspace(value: unknown): WorkspaceReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problems: ['this is not a workspace file'] };
  let current = value as Record<string, unknown>;
  if (current.format !== WORKSPACE_FORMAT)
    return { ok: false, problems: ['this is not a workspace file from the analysis page'] };
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problems: [`the workspace version (${String(version)}) is not one this app knows`] };
  if (version > WORKSPACE_VERSION) {
    return {
      ok: false,
      problems: [
        `the workspace was saved by a newer version of the app (format ${version}; this one reads up to ${WORKSPACE_VERSION}). Reload the page to update the app.`,
      ],
    };
  }
  while (version < WORKSPACE_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, problems: [`no way to update a version ${version} workspace`] };
    current = step(current);
    version = current.version;
    if (typeof version !== 'number') return { ok: false, problems: ['a migration step lost the version'] };
  }
  const parsed = workspaceSchema.safeParse(current);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'workspace'}: ${issue.message}`),
    };
  const workspace = parsed.data;
  return {
    ok: true,
    workspace: {
      ...workspace,
      source: {
        kind: workspace.source.kind,
        ...(workspace.source.fileName === undefined ? {} : { fileName: workspace.source.fileName }),
      },
    },
  };
}

export function newWorkspace(fields: {
  id: string;
  name: string;
  now: Date;
  source: Workspace['source'];
  csvText: string;
  mapping?: ColumnMapping;
  layout?: LayoutId | null;
  options?: ConversionOptions;
  settings?: Partial<AnalysisSettings>;
}): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: fields.id,
    name: fields.name,
    savedAt: fields.now.toISOString(),
    source: fields.source,
    csvText: fields.csvText,
    mapping: fields.mapping ?? {},
    layout: fields.layout ?? null,
    options: { ciScale: 'difference', ...(fields.options ?? { smd: 'hedges', ratio: 'RR' }) },
    settings: { ...DEFAULT_SETTINGS, ...fields.settings },
  };
}
