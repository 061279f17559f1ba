export interface CalibrationBin {
  count: number;
  /** Weighted mean predicted probability in the bin. */
  predicted: number;
  /** Weighted observed success rate in the bin. */
  observed: number;
}

export interface Calibration {
  bins: CalibrationBin[];
  /** Weighted mean squared error of the probabilities (0 is perfect). */
  brier: number;
  /** Expected calibration error: bins' |predicted - observed| weighted by their share of the weight. */
  ece: number;
}

/**
 * Calibration over quantile bins (deciles by default): examples sorted by prediction and cut into
 * bins of (nearly) equal count, so every bin has data even when predictions bunch together.
 */
export function calibration(
  predictions: readonly number[],
  labels: readonly boolean[],
  weights?: readonly number[],
  binCount = 10,
): Calibration {
  const n = predictions.length;
  const order = predictions.map((_, i) => i).sort((a, b) => predictions[a]! - predictions[b]! || a - b);
  const bins: CalibrationBin[] = [];
  let totalWeight = 0;
  let brier = 0;
  let ece = 0;
  for (let b = 0; b < Math.min(binCount, n); b++) {
    const from = Math.floor((b * n) / Math.min(binCount, n));
    const to = Math.floor(((b + 1) * n) / Math.min(binCount, n));
    let w = 0;
    let p = 0;
    let y = 0;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const wi = weights?.[i] ?? 1;
      w += wi;
      p += wi * predictions[i]!;
      y += wi * (labels[i] ? 1 : 0);
      brier += wi * (predictions[i]! - (labels[i] ? 1 : 0)) ** 2;
    }
    if (w === 0) continue;
    bins.push({ count: to - from, predicted: p / w, observed: y / w });
    ece += Math.abs(p - y);
    totalWeight += w;
  }
  return totalWeight === 0
    ? { bins, brier: Number.NaN, ece: Number.NaN }
    : { bins, brier: brier / totalWeight, ece: ece / totalWeight };
}
