import { POOL_METHOD_IDS } from '../../domain/stats/pool-methods';
import type {
  AnalysisSettings,
  BenefitDirection,
  CountsPoolingChoice,
  EggerForm,
  SubgroupBy,
} from '../../domain/study-data/analyse';
import { MAX_MODERATORS, type ModeratorChoice } from '../../domain/study-data/moderators';
import { MAX_EXCLUDED, MAX_LINE } from '../../domain/study-data/workspace';

// The analysis settings live in the URL, so a link or Back restores them. Unknown values fall back to the workspace's.

const SUBGROUPS: readonly SubgroupBy[] = ['none', 'group', 'outcome', 'year-band'];
const TRIM_AND_FILL_CHOICES = ['off', 'L0', 'R0', 'Q0'] as const;
const EGGER_FORMS: readonly EggerForm[] = ['both', 'lm', 'rma'];
const COUNTS_POOLINGS: readonly CountsPoolingChoice[] = ['IV', 'MH', 'PETO'];

export function settingsFromParameters(parameters: URLSearchParams, fallback: AnalysisSettings): AnalysisSettings {
  const method = POOL_METHOD_IDS.find((value) => value === parameters.get('method')) ?? fallback.method;
  const testValue = parameters.get('test');
  const test = testValue === 'z' || testValue === 'knha' ? testValue : fallback.test;
  const subgroupBy = SUBGROUPS.find((value) => value === parameters.get('by')) ?? fallback.subgroupBy;
  const benefitValue = parameters.get('benefit');
  const benefit: BenefitDirection =
    benefitValue === 'positive' || benefitValue === 'negative' ? benefitValue : fallback.benefit;
  const outcome = parameters.has('outcome') ? parameters.get('outcome') : fallback.outcome;
  const excludedText = parameters.get('exclude');
  // Bounded to what a saved workspace accepts: one value beyond it (exclude=9007199254740993) made every later save fail.
  const excluded =
    excludedText === null
      ? fallback.excluded
      : [
          ...new Set(
            excludedText
              .split(',', MAX_EXCLUDED)
              .filter((text) => /^\d{1,8}$/.test(text))
              .map(Number)
              .filter((line) => line > 0 && line <= MAX_LINE),
          ),
        ];
  const moderators = parameters.has('mod') ? moderatorsFromParameters(parameters) : fallback.moderators;
  const levelsText = parameters.get('levels');
  const levels = levelsText === '3' ? 3 : levelsText === '2' ? 2 : fallback.levels;
  const eggerForm = EGGER_FORMS.find((value) => value === parameters.get('egger')) ?? fallback.eggerForm;
  const trimAndFill =
    TRIM_AND_FILL_CHOICES.find((value) => value === parameters.get('trimfill')) ?? fallback.trimAndFill;
  const countsPooling = COUNTS_POOLINGS.find((value) => value === parameters.get('counts')) ?? fallback.countsPooling;
  // Mantel–Haenszel and Peto are fixed-effect methods with a z test: a link cannot pair them with another Method.
  const fixedEffect = countsPooling === 'MH' || countsPooling === 'PETO';
  return {
    method: fixedEffect ? 'FE' : method,
    test: fixedEffect ? 'z' : test,
    subgroupBy,
    benefit,
    outcome,
    excluded,
    ...(moderators ? { moderators } : {}),
    ...(levels === undefined ? {} : { levels }),
    ...(eggerForm ? { eggerForm } : {}),
    ...(trimAndFill ? { trimAndFill } : {}),
    ...(countsPooling ? { countsPooling } : {}),
  };
}

/** `mod=continuous:ablat&mod=categorical:alloc`, one per moderator in order; an empty `mod=` means none. */
function moderatorsFromParameters(parameters: URLSearchParams): ModeratorChoice[] {
  const choices: ModeratorChoice[] = [];
  for (const text of parameters.getAll('mod')) {
    const colon = text.indexOf(':');
    const kind = text.slice(0, colon);
    const column = text.slice(colon + 1);
    if (colon < 0 || (kind !== 'continuous' && kind !== 'categorical') || column === '' || column.length > 200)
      continue;
    if (choices.some((choice) => choice.column === column)) continue;
    choices.push({ column, kind });
    if (choices.length === MAX_MODERATORS) break;
  }
  return choices;
}

export function settingsToParameters(workspaceId: string, settings: AnalysisSettings): URLSearchParams {
  const parameters = new URLSearchParams({
    ws: workspaceId,
    method: settings.method,
    test: settings.test,
    benefit: settings.benefit,
    by: settings.subgroupBy,
  });
  if (settings.outcome !== null) parameters.set('outcome', settings.outcome);
  parameters.set('exclude', [...settings.excluded].sort((a, b) => a - b).join(','));
  if (settings.moderators !== undefined) {
    if (settings.moderators.length === 0) parameters.set('mod', '');
    for (const choice of settings.moderators) parameters.append('mod', `${choice.kind}:${choice.column}`);
  }
  if (settings.levels !== undefined) parameters.set('levels', String(settings.levels));
  if (settings.eggerForm !== undefined) parameters.set('egger', settings.eggerForm);
  if (settings.trimAndFill !== undefined) parameters.set('trimfill', settings.trimAndFill);
  if (settings.countsPooling !== undefined) parameters.set('counts', settings.countsPooling);
  return parameters;
}
