import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greedyAssignment } from "../reference/greedy.js";
import { relativeGap, solveWithHighs } from "../reference/highs-solve.js";
import { buildGraph } from "./graph.js";
import type { IndexedProblem, IndexedSolution } from "./problem.js";
import { solveAssignment } from "./solve.js";
import { solveIndexed } from "./solve-indexed.js";

/** Scores with many exact ties (quarters) mixed with arbitrary doubles in [0, 1]. */
const score = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 4 }).map((k) => k / 4),
);

/** Each pair is an edge with probability about 2/3, so instances are dense enough to compete. */
function instance(maxMentees: number, maxMentors: number, maxCapacity: number): fc.Arbitrary<IndexedProblem> {
  return fc
    .record({ mentees: fc.integer({ min: 0, max: maxMentees }), mentors: fc.integer({ min: 0, max: maxMentors }) })
    .chain(({ mentees, mentors }) =>
      fc.record({
        menteeCount: fc.constant(mentees),
        capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: mentors, maxLength: mentors }),
        pairs: fc.array(fc.option(score, { freq: 2 }), { minLength: mentees * mentors, maxLength: mentees * mentors }),
      }),
    )
    .map(({ menteeCount, capacities, pairs }) => {
      const edges = pairs.flatMap((s, k) =>
        s === null ? [] : [{ mentee: k % menteeCount, mentor: Math.floor(k / menteeCount), s }],
      );
      return {
        menteeCount,
        mentorCapacity: Int32Array.from(capacities),
        edgeMentee: Int32Array.from(edges, (e) => e.mentee),
        edgeMentor: Int32Array.from(edges, (e) => e.mentor),
        edgeScore: Float64Array.from(edges, (e) => e.s),
      };
    });
}

function expectFeasible(p: IndexedProblem, s: IndexedSolution): void {
  const load = new Int32Array(p.mentorCapacity.length);
  let total = 0;
  for (let i = 0; i < p.menteeCount; i++) {
    const e = s.menteeEdge[i]!;
    if (e < 0) continue;
    expect(p.edgeMentee[e]).toBe(i); // only listed edges, each mentee at most once
    load[p.edgeMentor[e]!]!++;
    total += p.edgeScore[e]!;
  }
  for (let j = 0; j < load.length; j++) expect(load[j]).toBeLessThanOrEqual(p.mentorCapacity[j]!);
  expect(s.objective).toBe(total);
}

async function expectHighsOptimum(p: IndexedProblem, s: IndexedSolution): Promise<void> {
  const reference = await solveWithHighs(p);
  expect(reference.status).toBe("Optimal");
  expect(relativeGap(s.objective, reference.objective)).toBeLessThanOrEqual(1e-6);
}

describe("assignment properties on random small instances", { timeout: 120_000 }, () => {
  for (const [name, mentees, mentors, capacity] of [
    ["scarce places (solver adds mentor places)", 12, 4, 2],
    ["plentiful places (solver adds mentees)", 6, 5, 6],
  ] as const) {
    it(`${name}: capacities respected, objective equals HiGHS`, async () => {
      let namedSide = 0;
      let leftOut = 0;
      await fc.assert(
        fc.asyncProperty(instance(mentees, mentors, capacity), async (p) => {
          const solution = solveIndexed(p);
          expectFeasible(p, solution);
          await expectHighsOptimum(p, solution);
          namedSide += buildGraph(p).mentorsLeft === (capacity === 2) ? 1 : 0;
          const withEdges = new Set(p.edgeMentee).size;
          leftOut += solution.matchedCount < withEdges ? 1 : 0;
        }),
        // A fixed seed: the coverage counts below are a property of the sample, and a random sample
        // fell just under the bar once in CI. The other properties here keep random seeds.
        { numRuns: 250, seed: 20_261_127 },
      );
      // The runs exercised the side the name promises, and unmatched mentees with edges occurred.
      expect(namedSide).toBeGreaterThan(50);
      expect(leftOut).toBeGreaterThan(10);
    });
  }

  it("larger instances (up to 40 x 15) match HiGHS", async () => {
    await fc.assert(
      fc.asyncProperty(instance(40, 15, 4), async (p) => {
        const solution = solveIndexed(p);
        expectFeasible(p, solution);
        await expectHighsOptimum(p, solution);
        const greedy = greedyAssignment(p);
        expectFeasible(p, greedy);
        expect(greedy.objective).toBeLessThanOrEqual(solution.objective + 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it("same input, same output; edge order does not matter", () => {
    fc.assert(
      fc.property(instance(9, 5, 3), fc.infiniteStream(fc.nat()), (p, stream) => {
        const first = solveIndexed(p);
        expect(solveIndexed(p)).toEqual(first);
        const order = [...p.edgeMentee.keys()];
        const noise = [...stream.take(order.length)];
        order.sort((a, b) => noise[a]! - noise[b]! || a - b);
        const shuffled = {
          ...p,
          edgeMentee: Int32Array.from(order, (e) => p.edgeMentee[e]!),
          edgeMentor: Int32Array.from(order, (e) => p.edgeMentor[e]!),
          edgeScore: Float64Array.from(order, (e) => p.edgeScore[e]!),
        };
        const again = solveIndexed(shuffled);
        const pairOf = (q: IndexedProblem, s: IndexedSolution) =>
          [...s.menteeEdge].map((e) => (e < 0 ? -1 : q.edgeMentor[e]!));
        expect(pairOf(shuffled, again)).toEqual(pairOf(p, first));
      }),
      { numRuns: 200 },
    );
  });

  it("the id-level API agrees with the indexed one and survives a JSON round trip", () => {
    fc.assert(
      fc.property(instance(8, 4, 3), (p) => {
        const input = {
          mentors: [...p.mentorCapacity].map((capacity, j) => ({ id: `m${j}`, capacity })),
          mentees: Array.from({ length: p.menteeCount }, (_, i) => ({ id: `e${i}` })),
          edges: [...p.edgeScore].map((s, e) => ({
            mentee: `e${p.edgeMentee[e]}`,
            mentor: `m${p.edgeMentor[e]}`,
            score: s,
          })),
        };
        const result = solveAssignment(input);
        expect(solveAssignment(JSON.parse(JSON.stringify(input)))).toEqual(result);
        expect(result.objective).toBe(solveIndexed(p).objective);
        expect(result.assignments.length + result.unmatched.length).toBe(p.menteeCount);
      }),
      { numRuns: 150 },
    );
  });
});
