/**
 * Gini coefficient of non-negative values (here: mentees per mentor): 0 when every mentor carries the
 * same load, approaching 1 when one mentor carries it all. Mean absolute difference over all ordered
 * pairs divided by twice the mean, computed from the sorted values in O(n log n). 0 for no load at all.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (values.some((v) => !(v >= 0))) throw new RangeError("gini: values must be non-negative numbers");
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return 0;
  let weighted = 0;
  sorted.forEach((x, i) => {
    weighted += (2 * (i + 1) - n - 1) * x;
  });
  return weighted / (n * total);
}
