import type { OutcomeExample } from "./types.js";

/**
 * Inverse-probability-of-censoring weights (IPCW) for a label fixed at a horizon.
 *
 * Dropping censored relationships alone would bias the data towards failures: an early failure is
 * known at once, while a young relationship that will succeed is still ongoing. IPCW corrects this:
 * each relationship whose label is known counts 1 / G(t-), where t = min(observedMonths, horizon)
 * is when its label became known and G is the Kaplan-Meier estimate of "not yet censored" (censoring
 * = still ongoing at observedMonths < horizon). Censored relationships get weight 0. At tied times a
 * label is taken to become known before the censoring (the usual convention), so it counts G(t-).
 */
export function censoringWeights(examples: readonly OutcomeExample[], horizonMonths: number): number[] {
  const times = examples.map((e) => Math.min(e.observedMonths, horizonMonths));
  const censoredCount = new Map<number, number>();
  for (const e of examples) {
    if (e.success === null && e.observedMonths < horizonMonths) {
      censoredCount.set(e.observedMonths, (censoredCount.get(e.observedMonths) ?? 0) + 1);
    }
  }
  const censoredAt = [...censoredCount.keys()].sort((a, b) => a - b);
  const sortedTimes = [...times].sort((a, b) => a - b);
  // G just after each censoring time; at risk at c = labels known after c plus those censored at c.
  const survivalAfter: number[] = [];
  let g = 1;
  for (const c of censoredAt) {
    const censored = censoredCount.get(c)!;
    const atRisk = sortedTimes.length - countAtMost(sortedTimes, c) + censored;
    g *= 1 - censored / atRisk;
    survivalAfter.push(g);
  }
  // G(t-) = G just after the last censoring strictly before t.
  const gBefore = (t: number): number => {
    const k = countBelow(censoredAt, t);
    return k === 0 ? 1 : survivalAfter[k - 1]!;
  };
  return examples.map((e, i) => {
    if (e.success === null) return 0;
    const gt = gBefore(times[i]!);
    return gt > 0 ? 1 / gt : 0;
  });
}

/** The same examples with `weight` set to their IPCW weight (censored ones keep weight 0). */
export function withCensoringWeights(examples: readonly OutcomeExample[], horizonMonths: number): OutcomeExample[] {
  const weights = censoringWeights(examples, horizonMonths);
  return examples.map((e, i) => ({ ...e, weight: weights[i]! }));
}

/** Number of entries < t in an ascending array. */
function countBelow(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries <= t in an ascending array. */
function countAtMost(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
