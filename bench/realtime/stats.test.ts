import { describe, expect, it } from "vitest";
import { mergePhase } from "./report.js";
import { Histogram } from "./stats.js";

describe("latency histogram", () => {
  it("gives quantiles to 0.1 ms from 1..1000 ms", () => {
    const h = new Histogram();
    for (let ms = 1; ms <= 1000; ms += 1) h.add(ms);
    expect(h.quantile(0.5)).toBeCloseTo(500, 5);
    expect(h.quantile(0.99)).toBeCloseTo(990, 5);
    expect(h.summary()).toMatchObject({ count: 1000, max: 1000, mean: 500.5 });
  });

  it("keeps samples beyond 10 s in its last bucket and is empty without samples", () => {
    const h = new Histogram();
    expect(Number.isNaN(h.quantile(0.5))).toBe(true);
    h.add(25_000);
    expect(h.quantile(0.99)).toBe(10_000);
    expect(h.max).toBe(25_000);
  });
});

describe("merging load processes", () => {
  const phase = (acked: number, p50: number, p99: number) => {
    const latency = { count: acked, p50, p90: p99, p99, max: p99, mean: p50 };
    return {
      sent: acked,
      acked,
      failed: 0,
      failures: {},
      deliveries: acked,
      expectedDeliveries: acked,
      seconds: 10,
      ackedPerSecond: acked / 10,
      ack: latency,
      delivery: latency,
    };
  };
  it("adds throughput, weights p50 by samples and keeps the worst p99", () => {
    const merged = mergePhase([phase(1000, 10, 40), phase(3000, 20, 30)]);
    expect(merged?.ackedPerSecond).toBe(400);
    expect(merged?.delivery.p50).toBe(17.5);
    expect(merged?.delivery.p99).toBe(40);
    expect(mergePhase([null])).toBeNull();
  });
});
