import { isPoolMethod, POOL_METHOD_IDS, type PoolMethod } from './pool-methods';
import type { PoolOptions, StudyEffect } from './study-effect';
import { EngineProblem } from './engine-problem';

// The guards every engine function runs first: the studies metafor would refuse, the options it would refuse, and a
// last check that no result figure is NaN or Infinity.

/**
 * Limits that keep every intermediate finite: weights 1/vi, their squares, and w (y − μ)² must not overflow.
 * Real effect sizes and variances are many orders of magnitude inside them.
 */
const MAX_ABS_EFFECT = 1e150;
const MIN_VARIANCE = 1e-150;
const MAX_VARIANCE = 1e150;

export function describeStudy(study: StudyEffect, index: number): string {
  return `study at index ${index}${study.label === undefined ? '' : ` ("${study.label}")`}`;
}

export interface StudyProblem {
  /** Index of the study in the input array. */
  index: number;
  label?: string;
  field: 'yi' | 'vi' | 'study';
  message: string;
}

/**
 * Every problem with every study (not only the first): a non-finite yi, a vi that is not a positive finite number, or
 * values so extreme that the weights 1/vi or the squared deviations overflow double precision (a clear error instead of
 * a silent NaN or Infinity in the result).
 */
export function checkStudies(studies: readonly StudyEffect[]): StudyProblem[] {
  // Callers from plain JavaScript or parsed files may pass anything, so the checks read the values as unknown.
  const problems: StudyProblem[] = [];
  studies.forEach((study, index) => {
    const given: unknown = study;
    if (given === null || typeof given !== 'object') {
      problems.push({ index, field: 'study', message: `study at index ${index} is ${String(given)}, not a study` });
      return;
    }
    const yi: unknown = study.yi;
    const vi: unknown = study.vi;
    const where = describeStudy(study, index);
    const base = { index, ...(study.label === undefined ? {} : { label: study.label }) };
    if (typeof yi !== 'number' || !Number.isFinite(yi)) {
      problems.push({
        ...base,
        field: 'yi',
        message: `${where} has yi = ${String(yi)}; the effect size must be a finite number`,
      });
    } else if (Math.abs(yi) > MAX_ABS_EFFECT) {
      problems.push({
        ...base,
        field: 'yi',
        message: `${where} has yi = ${yi}; effects beyond ±1e150 cannot be pooled in double precision`,
      });
    }
    if (typeof vi !== 'number' || !Number.isFinite(vi) || vi <= 0) {
      problems.push({
        ...base,
        field: 'vi',
        message: `${where} has vi = ${String(vi)}; the sampling variance must be a positive finite number`,
      });
    } else if (vi < MIN_VARIANCE || vi > MAX_VARIANCE) {
      problems.push({
        ...base,
        field: 'vi',
        message: `${where} has vi = ${vi}; variances outside 1e-150 to 1e150 cannot be pooled in double precision`,
      });
    }
  });
  return problems;
}

/** True when checkStudies would find nothing wrong with one effect: a cheap test for the common case of many rows. */
export function isPoolable(yi: number, vi: number): boolean {
  return (
    Number.isFinite(yi) &&
    Math.abs(yi) <= MAX_ABS_EFFECT &&
    Number.isFinite(vi) &&
    vi >= MIN_VARIANCE &&
    vi <= MAX_VARIANCE
  );
}

/** Throws an Error naming the function, and every study with a problem, for anything metafor would refuse. */
export function validateStudies(functionName: string, studies: readonly StudyEffect[]): void {
  const given: unknown = studies;
  if (!Array.isArray(given) || given.length === 0)
    throw new EngineProblem('no-studies', `${functionName}: no studies were given; at least one is needed`);
  const problems = checkStudies(studies);
  if (problems.length > 0)
    throw new EngineProblem(
      'invalid-value',
      `${functionName}: ${problems.map((problem) => problem.message).join('; ')}`,
    );
}

/** A last guard: any non-finite figure in a result becomes a clear error rather than a silent NaN or Infinity. */
export function assertFinite(
  functionName: string,
  result: Record<string, unknown>,
  allowed: readonly string[] = [],
): void {
  for (const [field, value] of Object.entries(result)) {
    if (allowed.includes(field)) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'number' && !Number.isFinite(item))) {
      throw new EngineProblem(
        'not-finite',
        `${functionName}: ${field} is not a finite number; the effects and variances are too extreme to pool in double precision`,
      );
    }
  }
}

interface ResolvedOptions {
  method: PoolMethod;
  test: 'z' | 'knha';
  level: number;
}

export function resolveOptions(functionName: string, options: PoolOptions | undefined): ResolvedOptions {
  const method: unknown = options?.method ?? 'REML';
  const test: unknown = options?.test ?? 'z';
  const level: unknown = options?.level ?? 0.95;
  if (!isPoolMethod(method))
    throw new EngineProblem(
      'invalid-option',
      `${functionName}: method must be one of ${POOL_METHOD_IDS.join(', ')}; got ${String(method)}`,
    );
  if (test !== 'z' && test !== 'knha')
    throw new EngineProblem('invalid-option', `${functionName}: test must be 'z' or 'knha'; got ${String(test)}`);
  if (typeof level !== 'number' || !(level > 0 && level < 1))
    throw new EngineProblem(
      'invalid-option',
      `${functionName}: level must be between 0 and 1 (e.g. 0.95); got ${String(level)}`,
    );
  return { method, test, level };
}
