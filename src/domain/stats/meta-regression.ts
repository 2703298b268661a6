import {
  chiSquaredUpperTail,
  standardNormalCdf,
  standardNormalQuantile,
  studentTCdf,
  studentTQuantile,
} from './distributions';
import { fDistributionUpperTail } from './f-distribution';
import { pool } from './pool';
import type { PoolMethod } from './pool-methods';
import type { PoolOptions } from './study-effect';
import { resolveOptions, validateStudies } from './study-checks';
import { findRoot } from './root-finding';
import { EngineProblem } from './engine-problem';

// Mixed-effects meta-regression as metafor's rma(yi, vi, mods = X, method, test): weighted least squares at the
// weights 1/(vᵢ + τ²), with τ² estimated for the residual heterogeneity. The intercept is always in the model; the
// omnibus test QM is of every coefficient but the intercept (metafor's default btt). Formulas: docs/statistics.md.

export interface RegressionStudy {
  yi: number;
  vi: number;
  /** One value per moderator (the design matrix row without the intercept). */
  x: readonly number[];
}

export interface MetaRegressionResult {
  k: number;
  /** Coefficients: the intercept first, then one per moderator. */
  coefficients: { estimate: number; se: number; statistic: number; pValue: number; ciLower: number; ciUpper: number }[];
  /** Residual τ². */
  tau2: number;
  /** Residual I², percent. */
  i2: number;
  /** Proportion of τ² accounted for, percent (metafor's R², truncated at 0); null for FE or when τ² is 0 without moderators. */
  r2: number | null;
  /** Test for residual heterogeneity, at the fixed-effect weights, on k − p df. */
  qe: number;
  qeDf: number;
  qeP: number;
  /** Omnibus test of the moderators: χ² on m df under 'z', F on (m, k − p) df under 'knha' (then qm is the F value). */
  qm: number;
  qmDf: number;
  /** Denominator df of the F test under 'knha'. */
  qmDfDenominator?: number;
  qmP: number;
  /** The coefficients' covariance matrix (scaled under 'knha'), intercept first: for intervals of fitted values. */
  covariance: number[][];
  /** The z or t quantile the coefficient intervals use, so a fitted value's interval matches them. */
  critical: number;
}

/** Solves A x = b for a small symmetric positive-definite A by Cholesky; throws when A is singular. */
function invertSymmetric(matrix: number[][]): number[][] {
  const size = matrix.length;
  const lower = matrix.map(() => new Array<number>(size).fill(0));
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column <= row; column += 1) {
      let total = matrix[row]?.[column] ?? 0;
      for (let inner = 0; inner < column; inner += 1)
        total -= (lower[row]?.[inner] ?? 0) * (lower[column]?.[inner] ?? 0);
      if (row === column) {
        if (!(total > 1e-14 * Math.abs(matrix[row]?.[row] ?? 1)))
          throw new EngineProblem(
            'collinear',
            'metaRegression: the moderators are collinear (one is a combination of the others, or a group has no studies), so the model cannot be fitted',
          );
        (lower[row] as number[])[column] = Math.sqrt(total);
      } else (lower[row] as number[])[column] = total / (lower[column]?.[column] ?? 1);
    }
  }
  // Invert L, then A⁻¹ = L⁻ᵀ L⁻¹.
  const inverseLower = matrix.map(() => new Array<number>(size).fill(0));
  for (let column = 0; column < size; column += 1) {
    (inverseLower[column] as number[])[column] = 1 / (lower[column]?.[column] ?? 1);
    for (let row = column + 1; row < size; row += 1) {
      let total = 0;
      for (let inner = column; inner < row; inner += 1)
        total -= (lower[row]?.[inner] ?? 0) * (inverseLower[inner]?.[column] ?? 0);
      (inverseLower[row] as number[])[column] = total / (lower[row]?.[row] ?? 1);
    }
  }
  const inverse = matrix.map(() => new Array<number>(size).fill(0));
  for (let row = 0; row < size; row += 1)
    for (let column = 0; column < size; column += 1) {
      let total = 0;
      for (let inner = Math.max(row, column); inner < size; inner += 1)
        total += (inverseLower[inner]?.[row] ?? 0) * (inverseLower[inner]?.[column] ?? 0);
      (inverse[row] as number[])[column] = total;
    }
  return inverse;
}

interface WeightedFit {
  beta: number[];
  /** (X'WX)⁻¹ */
  covariance: number[][];
  /** y'Py: the weighted residual sum of squares. */
  rss: number;
  /** tr(P) */
  traceP: number;
  /** y'PPy */
  yPPy: number;
}

/** The design matrix, intercept column first, row-major in one typed array: the fit loops over it many times. */
interface Design {
  k: number;
  p: number;
  values: Float64Array;
}

function designOf(rows: readonly (readonly number[])[]): Design {
  const k = rows.length;
  const p = rows[0]?.length ?? 1;
  const values = new Float64Array(k * p);
  rows.forEach((row, index) => values.set(row, index * p));
  return { k, p, values };
}

/** Weighted least squares of y on X at weights w, with the quantities the τ² estimators need. */
function weightedFit(y: Float64Array, design: Design, w: Float64Array): WeightedFit {
  const { k, p, values } = design;
  // X'WX (upper triangle, mirrored below) and X'Wy in flat arrays: typed arrays keep the k-long loops fast.
  const xtwx = new Float64Array(p * p);
  const xtwy = new Float64Array(p);
  for (let index = 0; index < k; index += 1) {
    const offset = index * p;
    const weight = w[index] as number;
    const weightedY = weight * (y[index] as number);
    for (let a = 0; a < p; a += 1) {
      const weightedA = weight * (values[offset + a] as number);
      xtwy[a] = (xtwy[a] as number) + (values[offset + a] as number) * weightedY;
      for (let b = a; b < p; b += 1)
        xtwx[a * p + b] = (xtwx[a * p + b] as number) + weightedA * (values[offset + b] as number);
    }
  }
  const matrix = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => (a <= b ? (xtwx[a * p + b] as number) : (xtwx[b * p + a] as number))),
  );
  const covariance = invertSymmetric(matrix);
  const flatCovariance = new Float64Array(p * p);
  covariance.forEach((row, a) => flatCovariance.set(row, a * p));
  const beta = covariance.map((row) => row.reduce((total, value, index) => total + value * (xtwy[index] as number), 0));
  const flatBeta = Float64Array.from(beta);
  let rss = 0;
  let yPPy = 0;
  let traceP = 0;
  for (let index = 0; index < k; index += 1) {
    const offset = index * p;
    const weight = w[index] as number;
    let fitted = 0;
    // tr(P) = Σ wᵢ − Σ wᵢ² xᵢ'(X'WX)⁻¹xᵢ; the quadratic form over the symmetric inverse.
    let leverage = 0;
    for (let a = 0; a < p; a += 1) {
      const xa = values[offset + a] as number;
      fitted += xa * (flatBeta[a] as number);
      let inner = 0;
      for (let b = 0; b < p; b += 1) inner += (flatCovariance[a * p + b] as number) * (values[offset + b] as number);
      leverage += xa * inner;
    }
    const residual = (y[index] as number) - fitted;
    rss += weight * residual * residual;
    // Py = W e, so y'PPy = Σ (w e)².
    yPPy += (weight * residual) ** 2;
    traceP += weight - weight * weight * leverage;
  }
  return { beta, covariance, rss, traceP, yPPy };
}

/** The weights 1/(vᵢ + τ²). */
function weightsAt(vi: Float64Array, tau2: number): Float64Array {
  const weights = new Float64Array(vi.length);
  for (let index = 0; index < vi.length; index += 1) weights[index] = 1 / ((vi[index] as number) + tau2);
  return weights;
}

function solvePositive(score: (tau2: number) => number, start: number): number {
  if (!(score(0) > 0)) return 0;
  let upper = Math.max(start, 1e-4);
  while (score(upper) > 0) {
    upper *= 4;
    if (upper > 1e12)
      throw new EngineProblem(
        'no-convergence',
        'metaRegression: τ² could not be bracketed; the effects are too spread out for their variances',
      );
  }
  return findRoot(score, 0, upper);
}

function residualTau2(method: PoolMethod, y: Float64Array, vi: Float64Array, design: Design): number {
  const { k, p } = design;
  if (method === 'FE' || k <= p) return 0;
  const atTau2 = (tau2: number) => weightedFit(y, design, weightsAt(vi, tau2));
  const fixed = atTau2(0);
  const dl = Math.max(0, (fixed.rss - (k - p)) / fixed.traceP);
  if (method === 'DL') return dl;
  if (method === 'REML')
    return solvePositive((tau2) => {
      const fit = atTau2(tau2);
      return fit.yPPy - fit.traceP;
    }, dl);
  return solvePositive((tau2) => atTau2(tau2).rss - (k - p), dl);
}

/** metafor's rma(yi, vi, mods = X, method, test, level) for a design with an intercept and the given moderators. */
export function metaRegression(studies: readonly RegressionStudy[], options?: PoolOptions): MetaRegressionResult {
  validateStudies('metaRegression', studies);
  const { method, test, level } = resolveOptions('metaRegression', options);
  const k = studies.length;
  const m = studies[0]?.x.length ?? 0;
  if (m === 0) throw new EngineProblem('invalid-option', 'metaRegression: at least one moderator is needed');
  if (studies.some((study) => study.x.length !== m || study.x.some((value) => !Number.isFinite(value))))
    throw new EngineProblem('invalid-value', 'metaRegression: every study needs a finite value for every moderator');
  const p = m + 1;
  if (k <= p)
    throw new EngineProblem(
      'too-few-studies',
      `metaRegression: ${p} coefficients need more than ${p} studies; got ${k}`,
    );
  const y = Float64Array.from(studies, (study) => study.yi);
  const vi = Float64Array.from(studies, (study) => study.vi);
  const design = designOf(studies.map((study) => [1, ...study.x]));

  const tau2 = residualTau2(method, y, vi, design);
  const fit = weightedFit(y, design, weightsAt(vi, tau2));
  const fixed = weightedFit(y, design, weightsAt(vi, 0));
  const qe = Math.max(0, fixed.rss);
  const qeDf = k - p;
  let scale = 1;
  if (test === 'knha') scale = fit.rss / (k - p);
  const covariance = fit.covariance.map((row) => row.map((value) => value * scale));
  const tail = (1 - level) / 2;
  const critical = test === 'knha' ? studentTQuantile(1 - tail, k - p) : standardNormalQuantile(1 - tail);
  const coefficients = fit.beta.map((estimate, index) => {
    const se = Math.sqrt(covariance[index]?.[index] ?? Number.NaN);
    const statistic = estimate / se;
    const pValue =
      test === 'knha' ? 2 * studentTCdf(-Math.abs(statistic), k - p) : 2 * standardNormalCdf(-Math.abs(statistic));
    return { estimate, se, statistic, pValue, ciLower: estimate - critical * se, ciUpper: estimate + critical * se };
  });
  // QM = b' V⁻¹ b over the moderators (every coefficient but the intercept).
  const moderatorCovariance = covariance.slice(1).map((row) => row.slice(1));
  const inverse = invertSymmetric(moderatorCovariance);
  const b = fit.beta.slice(1);
  let qm = 0;
  for (let a = 0; a < m; a += 1)
    for (let c = 0; c < m; c += 1) qm += (b[a] ?? 0) * (inverse[a]?.[c] ?? 0) * (b[c] ?? 0);
  const typicalVariance = qeDf / fixed.traceP;
  const i2 = method === 'FE' ? Math.max(0, (100 * (qe - qeDf)) / qe) : (100 * tau2) / (typicalVariance + tau2);
  let r2: number | null = null;
  if (method !== 'FE') {
    const withoutModerators = pool(
      studies.map((study) => ({ yi: study.yi, vi: study.vi })),
      { method, test: 'z' },
    ).tau2;
    r2 = withoutModerators > 0 ? Math.max(0, (100 * (withoutModerators - tau2)) / withoutModerators) : null;
  }
  const base = {
    k,
    coefficients,
    tau2,
    i2,
    r2,
    qe,
    qeDf,
    qeP: chiSquaredUpperTail(qe, qeDf),
    qmDf: m,
    covariance,
    critical,
  };
  if (test === 'knha') {
    const f = qm / m;
    return { ...base, qm: f, qmDfDenominator: k - p, qmP: fDistributionUpperTail(f, m, k - p) };
  }
  return { ...base, qm, qmP: chiSquaredUpperTail(qm, m) };
}

/** Dummy columns for a categorical moderator: the first level (in order of appearance) is the reference. */
export function dummyCoding(values: readonly string[]): { levels: string[]; rows: number[][] } {
  const levels = [...new Set(values)];
  return {
    levels,
    rows: values.map((value) => levels.slice(1).map((level) => (level === value ? 1 : 0))),
  };
}
