import {
  chiSquaredUpperTail,
  standardNormalCdf,
  standardNormalQuantile,
  studentTCdf,
  studentTQuantile,
} from './distributions';
import { findRoot } from './root-finding';

// Random-effects meta-analysis with the semantics of R's metafor 3.8 (rma.uni, predict, leave1out, regtest).
// Formulas and references: docs/statistics.md. Reference values: fixtures/*.json, made by scripts/r/make-stats-fixtures.R.

export interface StudyEffect {
  yi: number;
  vi: number;
  label?: string;
  group?: string;
}

export type PoolMethod = 'FE' | 'DL' | 'REML' | 'PM';

export interface PoolOptions {
  method?: PoolMethod;
  test?: 'z' | 'knha';
  level?: number;
}

export interface PoolResult {
  k: number;
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  /** z, or t with k − 1 degrees of freedom under 'knha'. */
  statistic: number;
  pValue: number;
  tau2: number;
  tau: number;
  /** Percent. */
  i2: number;
  h2: number;
  /** Cochran's Q, from the fixed-effect weights. */
  q: number;
  qDf: number;
  qP: number;
  /** Prediction interval; equals the confidence interval for FE. */
  piLower: number;
  piUpper: number;
  /** Percent, in input order, summing to 100. */
  weights: number[];
}

const METHODS: readonly PoolMethod[] = ['FE', 'DL', 'REML', 'PM'];
/** metafor treats a Knapp-Hartung residual sum of squares at or below machine epsilon as exactly 0. */
const MACHINE_EPSILON = 2.220446049250313e-16;
/**
 * Limits that keep every intermediate finite: weights 1/vi, their squares, and w (y − μ)² must not overflow.
 * Real effect sizes and variances are many orders of magnitude inside them.
 */
const MAX_ABS_EFFECT = 1e150;
const MIN_VARIANCE = 1e-150;
const MAX_VARIANCE = 1e150;

function describeStudy(study: StudyEffect, index: number): string {
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
    throw new Error(`${functionName}: no studies were given; at least one is needed`);
  const problems = checkStudies(studies);
  if (problems.length > 0) throw new Error(`${functionName}: ${problems.map((problem) => problem.message).join('; ')}`);
}

/** A last guard: any non-finite figure in a result becomes a clear error rather than a silent NaN or Infinity. */
function assertFinite(functionName: string, result: Record<string, unknown>, allowed: readonly string[] = []): void {
  for (const [field, value] of Object.entries(result)) {
    if (allowed.includes(field)) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'number' && !Number.isFinite(item))) {
      throw new Error(
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

function resolveOptions(functionName: string, options: PoolOptions | undefined): ResolvedOptions {
  const method: unknown = options?.method ?? 'REML';
  const test: unknown = options?.test ?? 'z';
  const level: unknown = options?.level ?? 0.95;
  const isMethod = (value: unknown): value is PoolMethod => METHODS.some((known) => known === value);
  if (!isMethod(method))
    throw new Error(`${functionName}: method must be one of ${METHODS.join(', ')}; got ${String(method)}`);
  if (test !== 'z' && test !== 'knha')
    throw new Error(`${functionName}: test must be 'z' or 'knha'; got ${String(test)}`);
  if (typeof level !== 'number' || !(level > 0 && level < 1))
    throw new Error(`${functionName}: level must be between 0 and 1 (e.g. 0.95); got ${String(level)}`);
  return { method, test, level };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The weighted mean of y with weights w. */
function weightedMean(y: readonly number[], w: readonly number[]): number {
  let numerator = 0;
  let denominator = 0;
  for (let index = 0; index < y.length; index += 1) {
    const weight = w[index] ?? 0;
    numerator += weight * (y[index] ?? 0);
    denominator += weight;
  }
  return numerator / denominator;
}

function randomEffectWeights(vi: readonly number[], tau2: number): number[] {
  return vi.map((variance) => 1 / (variance + tau2));
}

/** Σ w (y − μ̂_w)²: Cochran's Q at the fixed-effect weights, the generalised Q at any others. */
function weightedResidualSquares(y: readonly number[], w: readonly number[]): number {
  const mean = weightedMean(y, w);
  let total = 0;
  for (let index = 0; index < y.length; index += 1) total += (w[index] ?? 0) * ((y[index] ?? 0) - mean) ** 2;
  return total;
}

function dersimonianLaird(q: number, k: number, w: readonly number[]): number {
  const sumW = sum(w);
  const sumW2 = sum(w.map((weight) => weight * weight));
  return Math.max(0, (q - (k - 1)) / (sumW - sumW2 / sumW));
}

/** Sums at the random-effects weights 1/(vᵢ + τ²), in one pass without allocating: the root finders call this often. */
function randomEffectsSums(
  y: readonly number[],
  vi: readonly number[],
  tau2: number,
): { mean: number; sumW: number; sumW2: number } {
  let sumW = 0;
  let sumWY = 0;
  let sumW2 = 0;
  for (let index = 0; index < y.length; index += 1) {
    const weight = 1 / ((vi[index] ?? 0) + tau2);
    sumW += weight;
    sumWY += weight * (y[index] ?? 0);
    sumW2 += weight * weight;
  }
  return { mean: sumWY / sumW, sumW, sumW2 };
}

/**
 * The REML score for τ² in an intercept-only model: y'PPy − tr(P), with P = W − w wᵀ/Σw.
 * Its root is the REML estimate that metafor's Fisher scoring converges to.
 */
function remlScore(y: readonly number[], vi: readonly number[], tau2: number): number {
  const { mean, sumW, sumW2 } = randomEffectsSums(y, vi, tau2);
  let residual = 0;
  for (let index = 0; index < y.length; index += 1)
    residual += ((y[index] ?? 0) - mean) ** 2 / ((vi[index] ?? 0) + tau2) ** 2;
  return residual - (sumW - sumW2 / sumW);
}

/** Paule-Mandel's equation: the generalised Q at τ² minus its expected value, k − 1. */
function pauleMandelEquation(y: readonly number[], vi: readonly number[], tau2: number): number {
  const { mean } = randomEffectsSums(y, vi, tau2);
  let q = 0;
  for (let index = 0; index < y.length; index += 1) q += ((y[index] ?? 0) - mean) ** 2 / ((vi[index] ?? 0) + tau2);
  return q - (y.length - 1);
}

/** Finds the positive τ² where a decreasing-through-zero function changes sign, or 0 when it is not positive at 0. */
function solveTau2(score: (tau2: number) => number, start: number): number {
  if (score(0) <= 0) return 0;
  let upper = Math.max(start, 1e-4);
  // Widen until the score turns negative; τ² beyond 1e12 means the data are not usable anyway.
  while (score(upper) > 0) {
    upper *= 4;
    if (upper > 1e12)
      throw new Error('pool: τ² could not be bracketed; the effects are too spread out for their variances');
  }
  return findRoot(score, 0, upper);
}

function estimateTau2(
  method: PoolMethod,
  y: readonly number[],
  vi: readonly number[],
  q: number,
  fixedWeights: readonly number[],
): number {
  const k = y.length;
  if (method === 'FE' || k === 1) return 0;
  const dl = dersimonianLaird(q, k, fixedWeights);
  if (method === 'DL') return dl;
  if (method === 'REML') return solveTau2((tau2) => remlScore(y, vi, tau2), dl);
  // Paule-Mandel: the τ² at which the generalised Q equals its expected value, k − 1.
  return solveTau2((tau2) => pauleMandelEquation(y, vi, tau2), dl);
}

/** Pools studies as metafor's rma(yi, vi, method, test, level) and predict() do. */
export function pool(studies: readonly StudyEffect[], options?: PoolOptions): PoolResult {
  validateStudies('pool', studies);
  const { method, test, level } = resolveOptions('pool', options);
  const k = studies.length;
  if (test === 'knha' && k < 2) throw new Error(`pool: the Knapp-Hartung test needs at least 2 studies; got ${k}`);

  const y = studies.map((study) => study.yi);
  const vi = studies.map((study) => study.vi);
  const fixedWeights = vi.map((variance) => 1 / variance);
  const q = k > 1 ? Math.max(0, weightedResidualSquares(y, fixedWeights)) : 0;
  const qDf = k - 1;
  const qP = k > 1 ? chiSquaredUpperTail(q, qDf) : 1;

  const tau2 = estimateTau2(method, y, vi, q, fixedWeights);
  const w = randomEffectWeights(vi, tau2);
  const sumW = sum(w);
  const estimate = weightedMean(y, w);
  let variance = 1 / sumW;

  let criticalValue: number;
  let pValueOf: (statistic: number) => number;
  const tail = (1 - level) / 2;
  if (test === 'knha') {
    const residual = weightedResidualSquares(y, w);
    const scale = residual <= MACHINE_EPSILON ? 0 : residual / (k - 1);
    variance *= scale;
    criticalValue = studentTQuantile(1 - tail, k - 1);
    pValueOf = (statistic) => 2 * studentTCdf(-Math.abs(statistic), k - 1);
  } else {
    criticalValue = standardNormalQuantile(1 - tail);
    pValueOf = (statistic) => 2 * standardNormalCdf(-Math.abs(statistic));
  }
  const se = Math.sqrt(variance);
  const statistic = estimate / se;

  let i2: number;
  let h2: number;
  if (k === 1) {
    i2 = 0;
    h2 = 1;
  } else if (method === 'FE') {
    i2 = Math.max(0, (100 * (q - qDf)) / q);
    h2 = q / qDf;
  } else {
    const sumFixed = sum(fixedWeights);
    const typicalVariance = qDf / (sumFixed - sum(fixedWeights.map((weight) => weight * weight)) / sumFixed);
    i2 = (100 * tau2) / (typicalVariance + tau2);
    h2 = tau2 / typicalVariance + 1;
  }

  const predictionSe = method === 'FE' ? se : Math.sqrt(variance + tau2);
  const result: PoolResult = {
    k,
    estimate,
    se,
    ciLower: estimate - criticalValue * se,
    ciUpper: estimate + criticalValue * se,
    statistic,
    pValue: pValueOf(statistic),
    tau2,
    tau: Math.sqrt(tau2),
    i2,
    h2,
    q,
    qDf,
    qP,
    piLower: estimate - criticalValue * predictionSe,
    piUpper: estimate + criticalValue * predictionSe,
    weights: w.map((weight) => (100 * weight) / sumW),
  };
  // Knapp-Hartung with identical effects gives se = 0 and an infinite statistic, as in metafor: that one is allowed.
  assertFinite('pool', { ...result }, se === 0 ? ['statistic'] : []);
  return result;
}

/** metafor's leave1out(): the i-th result pools every study except study i. */
export function leaveOneOut(studies: readonly StudyEffect[], options?: PoolOptions): PoolResult[] {
  validateStudies('leaveOneOut', studies);
  const { test } = resolveOptions('leaveOneOut', options);
  const needed = test === 'knha' ? 3 : 2;
  if (studies.length < needed) {
    throw new Error(
      `leaveOneOut: needs at least ${needed} studies${test === 'knha' ? ' with the Knapp-Hartung test' : ''}; got ${studies.length}`,
    );
  }
  return studies.map((_, omitted) =>
    pool(
      studies.filter((__, index) => index !== omitted),
      options,
    ),
  );
}

/**
 * Egger's regression test as metafor's regtest(rma(yi, vi, method = "FE"), model = "lm"): a weighted least-squares
 * regression of yi on its standard error with weights 1/vi; the statistic is the t of the standard-error slope.
 */
export function eggerTest(studies: readonly StudyEffect[]): { statistic: number; df: number; pValue: number } {
  validateStudies('eggerTest', studies);
  const k = studies.length;
  if (k < 3) throw new Error(`eggerTest: needs at least 3 studies; got ${k}`);
  const weights = studies.map((study) => 1 / study.vi);
  const x = studies.map((study) => Math.sqrt(study.vi));
  const y = studies.map((study) => study.yi);
  const xMean = weightedMean(x, weights);
  const yMean = weightedMean(y, weights);
  let sxx = 0;
  let sxy = 0;
  for (let index = 0; index < k; index += 1) {
    const weight = weights[index] ?? 0;
    const dx = (x[index] ?? 0) - xMean;
    sxx += weight * dx * dx;
    sxy += weight * dx * ((y[index] ?? 0) - yMean);
  }
  if (!(sxx > 0))
    throw new Error('eggerTest: every study has the same standard error, so the regression cannot be fitted');
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  let residual = 0;
  for (let index = 0; index < k; index += 1)
    residual += (weights[index] ?? 0) * ((y[index] ?? 0) - intercept - slope * (x[index] ?? 0)) ** 2;
  const df = k - 2;
  const statistic = slope / Math.sqrt(residual / df / sxx);
  const result = { statistic, df, pValue: 2 * studentTCdf(-Math.abs(statistic), df) };
  assertFinite('eggerTest', result);
  return result;
}

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
