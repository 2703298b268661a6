// Three-level random-effects model for dependent effects (effects nested in studies), as metafor's
// rma.mv(yi, vi, random = ~ 1 | study/effect, method = "REML"). Each study's marginal covariance is
// diag(vi + σ²₂) + σ²₁·J, so its inverse and determinant come in closed form (Sherman–Morrison) and one likelihood
// evaluation costs O(k). REML is maximised over (log σ²₁, log σ²₂) by Nelder–Mead with a restart.
import { chiSquaredUpperTail, standardNormalCdf, studentTCdf, studentTQuantile } from './distributions';
import { Z_95 } from './z95';

export type ThreeLevelTest = 'z' | 't';

export interface ThreeLevelResult {
  estimate: number;
  se: number;
  statistic: number;
  pValue: number;
  ciLower: number;
  ciUpper: number;
  test: ThreeLevelTest;
  degreesOfFreedom: number;
  sigma2Between: number;
  sigma2Within: number;
  q: number;
  qDf: number;
  qP: number;
  logLik: number;
  studies: number;
  effects: number;
  repeatedStudies: number;
  i2Between: number;
  i2Within: number;
  i2Total: number;
}

export type ThreeLevelProblem = 'too-few-studies' | 'no-repeats' | 'invalid-input' | 'no-convergence';

export type ThreeLevelOutcome = { ok: true; result: ThreeLevelResult } | { ok: false; problem: ThreeLevelProblem };

export const THREE_LEVEL_PROBLEM_TEXT: Record<ThreeLevelProblem, string> = {
  'too-few-studies': 'The three-level model needs at least two studies; add studies or turn the model off.',
  'no-repeats':
    'No study gives more than one effect, so there is no within-study level; use the usual random-effects model.',
  'invalid-input': 'Every effect needs a finite estimate and a positive variance; check the rows that lack them.',
  'no-convergence':
    'The three-level model could not be fitted to these data; check for outlying rows or use fewer levels.',
};

interface StudyBlock {
  yi: number[];
  vi: number[];
}

/** Groups effects by study id, in first-seen order. */
export function groupByStudy(study: readonly string[], yi: readonly number[], vi: readonly number[]): StudyBlock[] {
  const index = new Map<string, StudyBlock>();
  const blocks: StudyBlock[] = [];
  study.forEach((id, row) => {
    let block = index.get(id);
    if (!block) {
      block = { yi: [], vi: [] };
      index.set(id, block);
      blocks.push(block);
    }
    block.yi.push(yi[row] ?? Number.NaN);
    block.vi.push(vi[row] ?? Number.NaN);
  });
  return blocks;
}

/** How many study ids occur more than once. */
export function countRepeatedStudies(study: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const id of study) counts.set(id, (counts.get(id) ?? 0) + 1);
  let repeated = 0;
  for (const count of counts.values()) if (count > 1) repeated += 1;
  return repeated;
}

interface Sums {
  oneWOne: number;
  oneWy: number;
  yWy: number;
  logDet: number;
}

function sums(blocks: readonly StudyBlock[], sigma2Between: number, sigma2Within: number): Sums {
  let oneWOne = 0;
  let oneWy = 0;
  let yWy = 0;
  let logDet = 0;
  for (const block of blocks) {
    let s = 0;
    let t = 0;
    let u = 0;
    for (let j = 0; j < block.yi.length; j += 1) {
      const variance = (block.vi[j] ?? 0) + sigma2Within;
      const y = block.yi[j] ?? 0;
      const d = 1 / variance;
      s += d;
      t += d * y;
      u += d * y * y;
      logDet += Math.log(variance);
    }
    const denominator = 1 + sigma2Between * s;
    logDet += Math.log(denominator);
    oneWOne += s / denominator;
    oneWy += t / denominator;
    yWy += u - (sigma2Between * t * t) / denominator;
  }
  return { oneWOne, oneWy, yWy, logDet };
}

function restrictedLogLik(blocks: readonly StudyBlock[], effects: number, s1: number, s2: number): number {
  const { oneWOne, oneWy, yWy, logDet } = sums(blocks, s1, s2);
  const residual = yWy - (oneWy * oneWy) / oneWOne;
  // metafor's REML log-likelihood keeps the constant ½·log|X'X| = ½·log k.
  return -0.5 * ((effects - 1) * Math.log(2 * Math.PI) - Math.log(effects) + logDet + Math.log(oneWOne) + residual);
}

type Point = [number, number];

function nelderMead(f: (p: Point) => number, start: Point, step: number, maxEvaluations: number): Point {
  let simplex: Point[] = [start, [start[0] + step, start[1]], [start[0], start[1] + step]];
  let values = simplex.map(f);
  let evaluations = 3;
  while (evaluations < maxEvaluations) {
    const order = [0, 1, 2].sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
    simplex = order.map((i) => simplex[i] as Point);
    values = order.map((i) => values[i] as number);
    const [best, middle, worst] = simplex as [Point, Point, Point];
    const [fBest, fMiddle, fWorst] = values as [number, number, number];
    if (
      Math.abs(fWorst - fBest) < 1e-14 * (1 + Math.abs(fBest)) &&
      Math.abs(worst[0] - best[0]) < 1e-9 &&
      Math.abs(worst[1] - best[1]) < 1e-9
    )
      break;
    const centroid: Point = [(best[0] + middle[0]) / 2, (best[1] + middle[1]) / 2];
    const along = (factor: number): Point => [
      centroid[0] + factor * (worst[0] - centroid[0]),
      centroid[1] + factor * (worst[1] - centroid[1]),
    ];
    const reflected = along(-1);
    const fReflected = f(reflected);
    evaluations += 1;
    if (fReflected < fBest) {
      const expanded = along(-2);
      const fExpanded = f(expanded);
      evaluations += 1;
      simplex[2] = fExpanded < fReflected ? expanded : reflected;
      values[2] = Math.min(fExpanded, fReflected);
    } else if (fReflected < fMiddle) {
      simplex[2] = reflected;
      values[2] = fReflected;
    } else {
      const contracted = fReflected < fWorst ? along(-0.5) : along(0.5);
      const fContracted = f(contracted);
      evaluations += 1;
      if (fContracted < Math.min(fWorst, fReflected)) {
        simplex[2] = contracted;
        values[2] = fContracted;
      } else {
        for (const i of [1, 2]) {
          const point = simplex[i] as Point;
          simplex[i] = [best[0] + 0.5 * (point[0] - best[0]), best[1] + 0.5 * (point[1] - best[1])];
          values[i] = f(simplex[i]);
          evaluations += 1;
        }
      }
    }
  }
  const bestIndex = values.indexOf(Math.min(...values));
  return simplex[bestIndex] as Point;
}

/** Fits the three-level model. `test: 't'` is rma.mv's test = "t" (t with k − 1 df, same SE). */
export function threeLevelModel(
  study: readonly string[],
  yi: readonly number[],
  vi: readonly number[],
  test: ThreeLevelTest = 'z',
): ThreeLevelOutcome {
  const effects = yi.length;
  if (study.length !== effects || vi.length !== effects) return { ok: false, problem: 'invalid-input' };
  for (let row = 0; row < effects; row += 1) {
    const y = yi[row] ?? Number.NaN;
    const v = vi[row] ?? Number.NaN;
    if (!Number.isFinite(y) || !Number.isFinite(v) || v <= 0) return { ok: false, problem: 'invalid-input' };
  }
  const blocks = groupByStudy(study, yi, vi);
  if (blocks.length < 2) return { ok: false, problem: 'too-few-studies' };
  const repeatedStudies = countRepeatedStudies(study);
  if (repeatedStudies === 0) return { ok: false, problem: 'no-repeats' };

  // Fixed-effect quantities: Q and the typical sampling variance (k − 1) / tr(P).
  let sumW = 0;
  let sumWy = 0;
  let sumWyy = 0;
  let sumWW = 0;
  for (let row = 0; row < effects; row += 1) {
    const w = 1 / (vi[row] as number);
    const y = yi[row] as number;
    sumW += w;
    sumWy += w * y;
    sumWyy += w * y * y;
    sumWW += w * w;
  }
  const q = Math.max(0, sumWyy - (sumWy * sumWy) / sumW);
  const typicalVariance = (effects - 1) / (sumW - sumWW / sumW);

  const meanY = sumWy / sumW;
  let spread = 0;
  for (const y of yi) spread += (y - meanY) ** 2;
  const start = Math.max(spread / Math.max(1, effects - 1) - typicalVariance, 0.01 * typicalVariance, 1e-8);
  const objective = (p: Point): number => {
    const value = -restrictedLogLik(blocks, effects, Math.exp(p[0]), Math.exp(p[1]));
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let point = nelderMead(objective, [Math.log(start / 2), Math.log(start / 2)], 1, 4000);
  point = nelderMead(objective, point, 0.1, 4000);
  const sigma2Between = Math.exp(point[0]);
  const sigma2Within = Math.exp(point[1]);
  const logLik = restrictedLogLik(blocks, effects, sigma2Between, sigma2Within);
  if (!Number.isFinite(logLik) || !Number.isFinite(sigma2Between) || !Number.isFinite(sigma2Within)) {
    return { ok: false, problem: 'no-convergence' };
  }
  const { oneWOne, oneWy } = sums(blocks, sigma2Between, sigma2Within);
  const estimate = oneWy / oneWOne;
  const se = Math.sqrt(1 / oneWOne);
  const statistic = estimate / se;
  const degreesOfFreedom = test === 't' ? effects - 1 : Number.POSITIVE_INFINITY;
  const critical = test === 't' ? studentTQuantile(0.975, degreesOfFreedom) : Z_95;
  const pValue =
    test === 't'
      ? 2 * (1 - studentTCdf(Math.abs(statistic), degreesOfFreedom))
      : 2 * standardNormalCdf(-Math.abs(statistic));
  const total = sigma2Between + sigma2Within + typicalVariance;
  return {
    ok: true,
    result: {
      estimate,
      se,
      statistic,
      pValue,
      ciLower: estimate - critical * se,
      ciUpper: estimate + critical * se,
      test,
      degreesOfFreedom,
      sigma2Between,
      sigma2Within,
      q,
      qDf: effects - 1,
      qP: chiSquaredUpperTail(q, effects - 1),
      logLik,
      studies: blocks.length,
      effects,
      repeatedStudies,
      i2Between: (100 * sigma2Between) / total,
      i2Within: (100 * sigma2Within) / total,
      i2Total: (100 * (sigma2Between + sigma2Within)) / total,
    },
  };
}
