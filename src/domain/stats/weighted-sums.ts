// Sums the estimators and tests share, written as plain loops: the root finders call them often.

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The weighted mean of y with weights w. */
export function weightedMean(y: readonly number[], w: readonly number[]): number {
  let numerator = 0;
  let denominator = 0;
  for (let index = 0; index < y.length; index += 1) {
    const weight = w[index] ?? 0;
    numerator += weight * (y[index] ?? 0);
    denominator += weight;
  }
  return numerator / denominator;
}

export function randomEffectWeights(vi: readonly number[], tau2: number): number[] {
  return vi.map((variance) => 1 / (variance + tau2));
}

/** Σ w (y − μ̂_w)²: Cochran's Q at the fixed-effect weights, the generalised Q at any others. */
export function weightedResidualSquares(y: readonly number[], w: readonly number[]): number {
  const mean = weightedMean(y, w);
  let total = 0;
  for (let index = 0; index < y.length; index += 1) total += (w[index] ?? 0) * ((y[index] ?? 0) - mean) ** 2;
  return total;
}

/** Sums at the random-effects weights 1/(vᵢ + τ²), in one pass without allocating: the root finders call this often. */
export function randomEffectsSums(
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
