import { chiSquaredUpperTail } from './distributions';
import { dummyCoding, metaRegression } from './meta-regression';
import { pool } from './pool';
import type { PoolOptions, PoolResult, StudyEffect } from './study-effect';
import { assertFinite, describeStudy, resolveOptions, validateStudies } from './study-checks';
import { weightedResidualSquares } from './weighted-sums';
import { EngineProblem, problemKindOf } from './engine-problem';

export interface SubgroupResult {
  /** Results by group name. Built with Object.fromEntries, so names such as "__proto__" or "constructor" are ordinary keys. */
  groups: Record<string, PoolResult>;
  /** The same results in order of first appearance, keyed safely for any name. */
  groupMap: Map<string, PoolResult>;
  qBetween: number;
  dfBetween: number;
  pBetween: number;
}

/**
 * A separate model per group (groups in order of first appearance), and a fixed-effect Q test for differences
 * between the group estimates, using their standard errors; df = groups − 1.
 */
export function subgroupAnalysis(studies: readonly StudyEffect[], options?: PoolOptions): SubgroupResult {
  validateStudies('subgroupAnalysis', studies);
  resolveOptions('subgroupAnalysis', options);
  // A Map, not an object: a group called "__proto__" must not vanish into the prototype chain.
  const members = new Map<string, StudyEffect[]>();
  const missing: string[] = [];
  studies.forEach((study, index) => {
    if (typeof study.group !== 'string' || study.group.trim() === '') {
      missing.push(`${describeStudy(study, index)} has no group`);
      return;
    }
    const list = members.get(study.group);
    if (list) list.push(study);
    else members.set(study.group, [study]);
  });
  if (missing.length > 0) throw new EngineProblem('invalid-value', `subgroupAnalysis: ${missing.join('; ')}`);
  const groupMap = new Map<string, PoolResult>();
  for (const [name, groupStudies] of members) {
    try {
      groupMap.set(name, pool(groupStudies, options));
    } catch (error) {
      throw EngineProblem.within(`subgroupAnalysis: group "${name}"`, error);
    }
  }
  const groups: Record<string, PoolResult> = Object.fromEntries(groupMap);
  const results = [...groupMap.values()];
  const dfBetween = results.length - 1;
  if (dfBetween === 0) return { groups, groupMap, qBetween: 0, dfBetween, pBetween: 1 };
  const estimates = results.map((result) => result.estimate);
  const weights = results.map((result) => 1 / (result.se * result.se));
  if (weights.some((weight) => !Number.isFinite(weight))) {
    throw new EngineProblem(
      'zero-standard-error',
      'subgroupAnalysis: a group has a standard error of 0 (Knapp-Hartung with identical effects), so groups cannot be compared',
    );
  }
  const qBetween = Math.max(0, weightedResidualSquares(estimates, weights));
  const result = { groups, groupMap, qBetween, dfBetween, pBetween: chiSquaredUpperTail(qBetween, dfBetween) };
  assertFinite('subgroupAnalysis', { qBetween, pBetween: result.pBetween });
  return result;
}

export type GroupPooling = { name: string; k: number } & (
  { ok: true; result: PoolResult } | { ok: false; reason: string }
);

export interface SubgroupTest {
  q: number;
  df: number;
  /** Denominator df when the test is F (the moderator test under Knapp-Hartung). */
  dfDenominator?: number;
  pValue: number;
}

export interface SubgroupComparison {
  /** Every group in order of first appearance: pooled, or the plain reason it could not be. */
  groups: GroupPooling[];
  /**
   * The separate-τ² test (RevMan's): a fixed-effect Q across the group estimates, each pooled with its own τ², over
   * the groups that could be pooled with a standard error above 0.
   */
  separate: { ok: true; value: SubgroupTest; groupsCompared: number } | { ok: false; reason: string };
  /** The mixed-effects moderator test with one τ² for all groups: metafor's QM from rma(yi, vi, mods = ~ group). */
  moderator: { ok: true; value: SubgroupTest; tau2: number } | { ok: false; reason: string };
}

function plainReason(error: unknown): string {
  switch (problemKindOf(error)) {
    case 'knapp-hartung-one-study':
      return 'it has one study, and the Knapp–Hartung test needs at least two';
    case 'collinear':
      return 'the groups cannot be told apart in one model';
    case 'too-few-studies':
      return 'there are too few studies for one coefficient per group';
    case 'no-events':
      return 'its studies have too few events to pool this way';
    default:
      return 'it could not be pooled with these settings';
  }
}

/**
 * Subgroups that never fail whole: each group that can be pooled is, each that cannot is named with a plain reason,
 * and both tests for a difference between groups are given, or why not.
 */
export function subgroupComparison<S extends StudyEffect>(
  studies: readonly S[],
  options?: PoolOptions,
  /**
   * Another way to pool each group (Mantel–Haenszel or Peto on its 2×2 tables), with why the moderator test, a model of
   * each study's yi and vi, is then not given. Absent: each group by pool() with the options.
   */
  other?: { poolGroup: (members: S[]) => PoolResult; noModeratorTest: string },
): SubgroupComparison {
  validateStudies('subgroupComparison', studies);
  resolveOptions('subgroupComparison', options);
  const poolGroup = other?.poolGroup ?? ((members: S[]) => pool(members, options));
  const members = new Map<string, S[]>();
  for (const study of studies) {
    const name = typeof study.group === 'string' && study.group.trim() !== '' ? study.group : 'No group given';
    const list = members.get(name);
    if (list) list.push(study);
    else members.set(name, [study]);
  }
  const groups: GroupPooling[] = [...members].map(([name, groupStudies]) => {
    try {
      return { name, k: groupStudies.length, ok: true, result: poolGroup(groupStudies) };
    } catch (error) {
      return { name, k: groupStudies.length, ok: false, reason: plainReason(error) };
    }
  });

  const comparable = groups.flatMap((group) => (group.ok && group.result.se > 0 ? [group.result] : []));
  let separate: SubgroupComparison['separate'];
  if (groups.length < 2) separate = { ok: false, reason: 'There is only one group, so there is nothing to compare.' };
  else if (comparable.length < 2)
    separate = { ok: false, reason: 'Fewer than two groups could be pooled, so the groups cannot be compared.' };
  else {
    const q = Math.max(
      0,
      weightedResidualSquares(
        comparable.map((result) => result.estimate),
        comparable.map((result) => 1 / (result.se * result.se)),
      ),
    );
    const df = comparable.length - 1;
    separate = { ok: true, value: { q, df, pValue: chiSquaredUpperTail(q, df) }, groupsCompared: comparable.length };
  }

  let moderator: SubgroupComparison['moderator'];
  if (groups.length < 2) moderator = { ok: false, reason: 'There is only one group, so there is nothing to compare.' };
  else if (other) moderator = { ok: false, reason: other.noModeratorTest };
  else {
    try {
      const names = studies.map((study) =>
        typeof study.group === 'string' && study.group.trim() !== '' ? study.group : 'No group given',
      );
      const coding = dummyCoding(names);
      const fit = metaRegression(
        studies.map((study, index) => ({ yi: study.yi, vi: study.vi, x: coding.rows[index] ?? [] })),
        options,
      );
      moderator = {
        ok: true,
        tau2: fit.tau2,
        value: {
          q: fit.qm,
          df: fit.qmDf,
          ...(fit.qmDfDenominator === undefined ? {} : { dfDenominator: fit.qmDfDenominator }),
          pValue: fit.qmP,
        },
      };
    } catch (error) {
      moderator = { ok: false, reason: `The moderator test cannot be worked out: ${plainReason(error)}.` };
    }
  }
  return { groups, separate, moderator };
}
