import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auctionWarmStart } from "./auction-start.js";
import { mentorAuctionWarmStart } from "./auction-start-mentors.js";
import { maxWeightBMatching } from "./b-matching.js";
import { certifyOptimal } from "./certify.js";
import { buildGraph } from "./graph.js";

/** Random instances; `maxCapacity` decides which side usually has fewer places. */
const instances = (maxCapacity: number) =>
  fc
    .record({ mentees: fc.integer({ min: 1, max: 10 }), mentors: fc.integer({ min: 1, max: 5 }) })
    .chain(({ mentees, mentors }) =>
      fc.record({
        mentees: fc.constant(mentees),
        capacities: fc.array(fc.integer({ min: 1, max: maxCapacity }), { minLength: mentors, maxLength: mentors }),
        scores: fc.array(
          fc.option(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.25, 0.5)), { freq: 2 }),
          {
            minLength: mentees * mentors,
            maxLength: mentees * mentors,
          },
        ),
      }),
    )
    .map(({ mentees, capacities, scores }) => {
      const edges = scores.flatMap((s, k) => (s === null ? [] : [{ i: k % mentees, j: Math.floor(k / mentees), s }]));
      return {
        menteeCount: mentees,
        mentorCapacity: Int32Array.from(capacities),
        edgeMentee: Int32Array.from(edges, (e) => e.i),
        edgeMentor: Int32Array.from(edges, (e) => e.j),
        edgeScore: Float64Array.from(edges, (e) => e.s),
      };
    });

describe("auctionWarmStart", () => {
  it("mentee side: hands over only exactly-best placements, free mentors at price 0, and the same optimum", () => {
    let used = 0;
    fc.assert(
      fc.property(instances(6), (p) => {
        const g = buildGraph(p);
        if (g.mentorsLeft) return;
        const warm = auctionWarmStart(g);
        expect(warm).not.toBeNull();
        if (warm === null) return;
        used++;
        const L = g.leftCount;
        const load = new Int32Array(g.rightCount);
        warm.matched.forEach((x, e) => {
          if (x === 1) load[g.right[e]!]!++;
        });
        for (let r = 0; r < g.rightCount; r++) {
          expect(load[r]).toBeLessThanOrEqual(g.rightCapacity[r]!);
          if (load[r]! < g.rightCapacity[r]!) expect(Math.abs(warm.potential[L + r]!)).toBe(0);
        }
        for (let l = 0; l < L; l++) {
          if (warm.placed[l] === 0) continue;
          let own = -1;
          for (let e = g.start[l]!; e < g.start[l + 1]!; e++) if (warm.matched[e] === 1) own = e;
          const profit = (e: number) => g.weight[e]! + warm.potential[L + g.right[e]!]!;
          const ownProfit = own >= 0 ? profit(own) : 0;
          expect(ownProfit).toBeGreaterThanOrEqual(0);
          for (let e = g.start[l]!; e < g.start[l + 1]!; e++) expect(profit(e)).toBeLessThanOrEqual(ownProfit);
        }
        const warmResult = maxWeightBMatching(g, warm);
        const coldResult = maxWeightBMatching(g);
        expect(certifyOptimal(g, warmResult)).toBeNull();
        expect(certifyOptimal(g, coldResult)).toBeNull();
        const total = (matched: Uint8Array) => matched.reduce((sum, x, e) => sum + x * g.weight[e]!, 0);
        expect(total(warmResult.matched)).toBe(total(coldResult.matched));
      }),
      // Fixed seed: the coverage count after the run depends on the sample, so it must not flake.
      { numRuns: 300, seed: 20_261_127 },
    );
    expect(used).toBeGreaterThan(100);
  });

  it("mentor side: held mentees beat the rest, free mentees cost 0, and the optimum is unchanged", () => {
    let used = 0;
    fc.assert(
      fc.property(instances(2), (p) => {
        const g = buildGraph(p);
        if (!g.mentorsLeft) return;
        const warm = mentorAuctionWarmStart(g);
        if (warm === null) return;
        used++;
        const L = g.leftCount;
        const held = new Uint8Array(g.rightCount);
        warm.matched.forEach((x, e) => {
          if (x === 1) held[g.right[e]!]!++;
        });
        for (let r = 0; r < g.rightCount; r++) {
          expect(held[r]).toBeLessThanOrEqual(1);
          if (held[r] === 0) expect(Math.abs(warm.potential[L + r]!)).toBe(0);
        }
        for (let l = 0; l < L; l++) {
          const profit = (e: number) => g.weight[e]! + warm.potential[L + g.right[e]!]!;
          let count = 0;
          let weakest = Number.POSITIVE_INFINITY;
          let wanted = 0;
          for (let e = g.start[l]!; e < g.start[l + 1]!; e++) {
            if (warm.matched[e] === 1) {
              count++;
              weakest = Math.min(weakest, profit(e));
            } else wanted = Math.max(wanted, profit(e));
          }
          if (warm.placed[l] === 0) expect(count).toBe(0);
          else if (count > 0) expect(weakest).toBeGreaterThanOrEqual(wanted);
          else if (count < g.leftCapacity[l]!) expect(wanted).toBe(0);
        }
        const warmResult = maxWeightBMatching(g, warm);
        const coldResult = maxWeightBMatching(g);
        expect(certifyOptimal(g, warmResult)).toBeNull();
        const total = (matched: Uint8Array) => matched.reduce((sum, x, e) => sum + x * g.weight[e]!, 0);
        expect(total(warmResult.matched)).toBe(total(coldResult.matched));
      }),
      // Fixed seed: the coverage count after the run depends on the sample, so it must not flake.
      { numRuns: 300, seed: 20_261_127 },
    );
    expect(used).toBeGreaterThan(50);
  });
});
