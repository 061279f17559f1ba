import { describe, expect, it } from "vitest";
import { ManualClock } from "../../lib/clock.js";
import { TokenBuckets } from "./rate-limits.js";

describe("token buckets", () => {
  it("lets a burst through, refuses beyond it, and refills with time", () => {
    const clock = new ManualClock();
    const buckets = new TokenBuckets(clock, 3, 30);
    for (let i = 0; i < 30; i++) expect(buckets.take("a")).toBe(true);
    expect(buckets.take("a")).toBe(false);
    expect(buckets.take("b")).toBe(true); // each key counts alone
    clock.advance(999);
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([true, true, false]);
    clock.advance(10_000);
    let passed = 0;
    while (buckets.take("a")) passed++;
    expect(passed).toBe(30); // never more than a full bucket, however long it waited
  });

  it("allows the sustained rate forever", () => {
    const clock = new ManualClock();
    const buckets = new TokenBuckets(clock, 5, 5);
    for (let second = 0; second < 100; second++) {
      for (let i = 0; i < 5; i++) expect(buckets.take("steady")).toBe(true);
      clock.advance(1000);
    }
  });

  it("keeps at most maxKeys keys, forgetting the least recently used", () => {
    const clock = new ManualClock();
    const buckets = new TokenBuckets(clock, 1, 1, 3);
    expect(["a", "b", "c"].map((k) => buckets.take(k))).toEqual([true, true, true]);
    expect(buckets.take("a")).toBe(false); // a is now the most recently used
    expect(buckets.take("d")).toBe(true); // b goes
    expect(buckets.size).toBe(3);
    expect(buckets.take("a")).toBe(false); // still remembered
    expect(buckets.take("b")).toBe(true); // forgotten, so full again
  });
});
