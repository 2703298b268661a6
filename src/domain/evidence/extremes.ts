// The largest and smallest of many numbers in one loop. Math.max(...values) passes every value as an argument, which
// overflows the call stack from about 100,000 values and is slow well before that.

/** The largest value, or `empty` when there are none. NaN values are skipped. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let result = empty;
  for (const value of values) if (value > result || result === empty) result = Number.isNaN(value) ? result : value;
  return result;
}

/** The smallest value, or `empty` when there are none. NaN values are skipped. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let result = empty;
  for (const value of values) if (value < result || result === empty) result = Number.isNaN(value) ? result : value;
  return result;
}
