/**
 * Latency histogram with 0.1 ms buckets up to 10 s (everything slower lands in the last bucket):
 * constant memory and cost per sample however many messages a run delivers.
 */
const BUCKET_MS = 0.1;
const BUCKETS = 100_001;

export class Histogram {
  private readonly counts = new Uint32Array(BUCKETS);
  count = 0;
  max = 0;
  sum = 0;

  add(ms: number): void {
    const i = Math.min(BUCKETS - 1, Math.max(0, Math.round(ms / BUCKET_MS)));
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.count += 1;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** The q-quantile (0..1) in ms, or NaN without samples. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.ceil(q * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i += 1) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return i * BUCKET_MS;
    }
    return this.max;
  }

  summary(): LatencySummary {
    const r = (x: number) => Math.round(x * 10) / 10;
    return {
      count: this.count,
      p50: r(this.quantile(0.5)),
      p90: r(this.quantile(0.9)),
      p99: r(this.quantile(0.99)),
      max: r(this.max),
      mean: this.count ? r(this.sum / this.count) : Number.NaN,
    };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}
