/**
 * Area under the ROC curve: the (weighted) probability that a random success scores above a random
 * failure, ties counting one half. Rank-based, O(n log n). null when one class is absent.
 */
export function auc(scores: readonly number[], labels: readonly boolean[], weights?: readonly number[]): number | null {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let negativesBelow = 0;
  let totalPositive = 0;
  let concordant = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) end++;
    let pos = 0;
    let neg = 0;
    for (let k = start; k < end; k++) {
      const i = order[k]!;
      const w = weights?.[i] ?? 1;
      if (labels[i]) pos += w;
      else neg += w;
    }
    concordant += pos * (negativesBelow + neg / 2);
    negativesBelow += neg;
    totalPositive += pos;
    start = end;
  }
  return totalPositive > 0 && negativesBelow > 0 ? concordant / (totalPositive * negativesBelow) : null;
}
