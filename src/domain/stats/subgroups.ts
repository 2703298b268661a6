import { chiSquaredUpperTail } from './distributions';
import { pool } from './pool';
import type { PoolOptions, PoolResult, StudyEffect } from './study-effect';
import { assertFinite, describeStudy, resolveOptions, validateStudies } from './study-checks';
import { weightedResidualSquares } from './weighted-sums';

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
  if (missing.length > 0) throw new Error(`subgroupAnalysis: ${missing.join('; ')}`);
  const groupMap = new Map<string, PoolResult>();
  for (const [name, groupStudies] of members) {
    try {
      groupMap.set(name, pool(groupStudies, options));
    } catch (error) {
      throw new Error(`subgroupAnalysis: group "${name}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const groups: Record<string, PoolResult> = Object.fromEntries(groupMap);
  const results = [...groupMap.values()];
  const dfBetween = results.length - 1;
  if (dfBetween === 0) return { groups, groupMap, qBetween: 0, dfBetween, pBetween: 1 };
  const estimates = results.map((result) => result.estimate);
  const weights = results.map((result) => 1 / (result.se * result.se));
  if (weights.some((weight) => !Number.isFinite(weight))) {
    throw new Error(
      'subgroupAnalysis: a group has a standard error of 0 (Knapp-Hartung with identical effects), so groups cannot be compared',
    );
  }
  const qBetween = Math.max(0, weightedResidualSquares(estimates, weights));
  const result = { groups, groupMap, qBetween, dfBetween, pBetween: chiSquaredUpperTail(qBetween, dfBetween) };
  assertFinite('subgroupAnalysis', { qBetween, pBetween: result.pBetween });
  return result;
}
