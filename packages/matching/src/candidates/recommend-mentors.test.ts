import { MatchingCriterionSchema } from "@mentalverse/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkHardConstraints } from "../compatibility/check-hard-constraints.js";
import { config, mentee, mentor, rules } from "../compatibility/profiles-for-tests.js";
import { scoreCompatibility } from "../compatibility/score-compatibility.js";
import type { Compatibility, MatchingConfig, MenteeInput, MentorInput, PairRules } from "../compatibility/types.js";
import type { LearnedModel } from "../learning/types.js";
import { buildMentorIndex } from "./build-mentor-index.js";
import { randomInstance } from "./random-instance.js";
import { recommendMentors } from "./recommend-mentors.js";

/** The slow, obvious answer: every pair checked and scored on its own, sorted, cut at K. */
function bruteForce(e: MenteeInput, mentors: readonly MentorInput[], r: PairRules, c: MatchingConfig): Compatibility[] {
  return mentors
    .filter((m) => checkHardConstraints(e, m, r, c).length === 0)
    .map((m) => scoreCompatibility(e, m, c))
    .sort((a, b) => b.total - a.total || (a.mentorId < b.mentorId ? -1 : 1));
}

describe("recommendMentors", () => {
  it("equals checking and scoring every pair on its own (random pools, ties included)", { timeout: 120_000 }, () => {
    let nonEmpty = 0;
    let cut = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (seed, mentorCount, k, minHours) => {
          const { mentees, mentors, rules: r } = randomInstance(seed, 3, mentorCount);
          const c = { ...config, candidatesPerMentee: k, minSharedHoursPerWeek: minHours };
          const index = buildMentorIndex(mentors, c);
          for (const e of mentees) {
            const fast = recommendMentors(e, index, r, c);
            const all = e.cleared ? bruteForce(e, mentors, r, c) : [];
            expect(fast).toEqual(all.slice(0, k));
            for (const x of fast) expect(x.reasons.length).toBeGreaterThan(0);
            nonEmpty += fast.length > 0 ? 1 : 0;
            cut += all.length > k && k > 0 ? 1 : 0;
          }
        },
      ),
      { numRuns: 100, seed: 20_261_127 },
    );
    // The sample exercised real recommendations and the cut at K.
    expect(nonEmpty).toBeGreaterThan(120);
    expect(cut).toBeGreaterThan(60);
  });

  it("ranks by the blended total when a learned model is configured (no pruning then)", () => {
    const model: LearnedModel = {
      version: "test",
      features: MatchingCriterionSchema.options,
      // Negative weights too: the blended total is not monotone in the criteria.
      weights: Array.from({ length: 16 }, (_, k) => (k % 3) - 1),
      intercept: 0.2,
      means: new Array(16).fill(0.5),
      scales: new Array(16).fill(0.3),
      l2: 1,
      trainedOn: 50,
      trainedAt: "2026-11-01",
    };
    const c = { ...config, candidatesPerMentee: 3, learned: { model, priorStrength: 50 } };
    let found = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const { mentees, mentors, rules: r } = randomInstance(seed, 4, 40);
      const index = buildMentorIndex(mentors, c);
      for (const e of mentees) {
        const fast = recommendMentors(e, index, r, c);
        expect(fast).toEqual(e.cleared ? bruteForce(e, mentors, r, c).slice(0, 3) : []);
        for (const x of fast) expect(x.total).not.toBe(x.ruleTotal);
        found += fast.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it("breaks exact ties by mentor id", () => {
    const twins = ["m-b", "m-c", "m-a"].map((id) => mentor({ id }));
    const out = recommendMentors(mentee(), buildMentorIndex(twins, config), rules(), {
      ...config,
      candidatesPerMentee: 2,
    });
    expect(out.map((c) => c.mentorId)).toEqual(["m-a", "m-b"]);
  });

  it("recommends nobody to a mentee who is not cleared, and refuses an index built for another date", () => {
    const index = buildMentorIndex([mentor()], config);
    expect(recommendMentors(mentee({ cleared: false }), index, rules(), config)).toEqual([]);
    expect(recommendMentors(mentee(), index, rules(), config)).toHaveLength(1);
    expect(() => recommendMentors(mentee(), index, rules(), { ...config, referenceDate: "2026-06-01" })).toThrow(
      RangeError,
    );
  });

  it("a mentee with no challenge listed is offered any open mentor", () => {
    const index = buildMentorIndex(
      [mentor(), mentor({ id: "m2", specialisations: [] }), mentor({ id: "m3", active: false })],
      config,
    );
    const out = recommendMentors(mentee({ challenges: [] }), index, rules(), config);
    // Without challenges both score the same, so the smaller id ("m2" < "mentor-1") comes first.
    expect(out.map((c) => c.mentorId)).toEqual(["m2", "mentor-1"]);
  });

  it("rejects duplicate mentor ids", () => {
    expect(() => buildMentorIndex([mentor(), mentor()], config)).toThrow(/appears more than once/);
  });
});
