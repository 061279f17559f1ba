import type { MatchingCriterion } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import type { LearnedModel } from "../learning/types.js";
import { config, mentee, mentor } from "./profiles-for-tests.js";
import { scoreCompatibility } from "./score-compatibility.js";
import type { Compatibility, MenteeInput, MentorInput } from "./types.js";

const scoreOf = (c: Compatibility, criterion: MatchingCriterion) =>
  c.criteria.find((x) => x.criterion === criterion)!.score;

/** Scores the pair with one side changed; every criterion but `criterion` must stay at the baseline's 1. */
function only(criterion: MatchingCriterion, e: Partial<MenteeInput>, m: Partial<MentorInput> = {}): number {
  const c = scoreCompatibility(mentee(e), mentor(m), config);
  for (const other of c.criteria)
    if (other.criterion !== criterion) expect([other.criterion, other.score]).toEqual([other.criterion, 1]);
  return scoreOf(c, criterion);
}

describe("scoreCompatibility", () => {
  it("scores the hand-made good pair 1 on all 16 criteria, in seed order", () => {
    const c = scoreCompatibility(mentee(), mentor(), config);
    expect(c.criteria).toHaveLength(16);
    expect(c.criteria[0]!.criterion).toBe("similar_life_challenges");
    expect(c.criteria[15]!.criterion).toBe("relationship_duration_expectations");
    expect(c.total).toBe(1);
    expect(c.ruleTotal).toBe(1);
    expect(Object.values(c.dimensions)).toEqual([1, 1, 1, 1]);
    expect(c.criteria.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(1, 12);
  });

  describe("experience", () => {
    it("similar life challenges: exact 1, same group half, primary counts double", () => {
      // Mentor lived through only the (secondary) anxiety: 1 of weight 3.
      expect(
        only("similar_life_challenges", {}, { challenges: [{ id: "anxiety_management", primary: true }] }),
      ).toBeCloseTo(1 / 3);
      // Divorce sits in the same group as grief (life transition recovery): primary gets half credit, 1 / 3 + 1 / 3.
      expect(
        only(
          "similar_life_challenges",
          {},
          {
            challenges: [
              { id: "divorce_and_separation", primary: true },
              { id: "anxiety_management", primary: false },
            ],
          },
        ),
      ).toBeCloseTo(2 / 3);
      expect(only("similar_life_challenges", {}, { challenges: [{ id: "sleep_hygiene", primary: true }] })).toBe(0);
    });

    it("recovery stage: a step ahead is best, the same stage fair, behind poor", () => {
      expect(only("comparable_recovery_stages", {}, { recoveryStage: "sustained" })).toBe(0.9);
      expect(only("comparable_recovery_stages", {}, { recoveryStage: "early" })).toBe(0.6);
      expect(only("comparable_recovery_stages", { recoveryStage: "sustained" }, { recoveryStage: "early" })).toBe(0.1);
    });

    it("relevant life experiences: the mentor's specialisations against the mentee's challenges", () => {
      // Grief (primary, weight 2) is covered; anxiety (weight 1) is not, nor is anything in its group.
      expect(only("relevant_life_experiences", {}, { specialisations: ["grief_and_loss"] })).toBeCloseTo(2 / 3);
      // Depression recovery shares anxiety's group (mental health recovery): half credit for it.
      expect(
        only("relevant_life_experiences", {}, { specialisations: ["grief_and_loss", "depression_recovery"] }),
      ).toBeCloseTo(2 / 3 + 0.5 / 3);
    });

    it("shared growth goals: word overlap of the two sides' goals", () => {
      const c = scoreCompatibility(mentee(), mentor({ goals: ["learn to cook"] }), config);
      expect(scoreOf(c, "shared_growth_goals")).toBe(0);
      const half = scoreCompatibility(mentee(), mentor({ goals: ["sleep well", "travel"] }), config);
      // Mentor stems {sleep, well, travel}; mentee {sleep, night, cope, grief, work}: 1 shared / min(3, 5).
      expect(scoreOf(half, "shared_growth_goals")).toBeCloseTo(1 / 3);
    });
  });

  describe("personal", () => {
    it("communication style: same 1, compatible 0.75, gentle with direct 0.15", () => {
      expect(only("communication_style", {}, { communicationStyle: "encouraging" })).toBe(0.75);
      expect(only("communication_style", {}, { communicationStyle: "direct" })).toBe(0.15);
      expect(only("communication_style", {}, { communicationStyle: "light_hearted" })).toBe(0.4);
    });

    it("personality: similarity, and a mentor less steady than the mentee costs", () => {
      const base = mentor().personality!;
      expect(only("personality_traits", {}, { personality: { ...base, agreeableness: 3 } })).toBeCloseTo(1 - 3 / 24);
      // Mentor steadier than needed costs nothing; less steady than the mentee (3) costs.
      expect(only("personality_traits", {}, { personality: { ...base, emotional_stability: 7 } })).toBe(1);
      expect(only("personality_traits", {}, { personality: { ...base, emotional_stability: 1 } })).toBeCloseTo(
        1 - 2 / 24,
      );
    });

    it("interaction preferences: closeness of social energy (extraversion)", () => {
      const base = mentor().personality!;
      expect(only("interaction_preferences", {}, { personality: { ...base, extraversion: 6 } })).toBeCloseTo(0.5);
    });

    it("values: Jaccard of the top values", () => {
      expect(only("values_alignment", {}, { topValues: ["honesty", "courage"] })).toBeCloseTo(1 / 4);
    });
  });

  describe("practical", () => {
    it("time zones: the offset difference on the reference date", () => {
      const c = scoreCompatibility(mentee(), mentor({ timeZone: "Europe/London" }), config);
      expect(scoreOf(c, "time_zone_alignment")).toBeCloseTo(1 - 1 / 12);
    });

    it("availability: shared UTC hours over the hours a meeting rhythm needs", () => {
      // Weekly wants 4 shared hours; one evening of two hours gives half.
      expect(
        only(
          "availability_matching",
          {},
          {
            availability: [
              { day: 1, hour: 18 },
              { day: 1, hour: 19 },
            ],
          },
        ),
      ).toBe(0.5);
      const monthly = scoreCompatibility(
        mentee({ intensity: "monthly" }),
        mentor({ intensity: "monthly", availability: [{ day: 1, hour: 18 }] }),
        config,
      );
      expect(scoreOf(monthly, "availability_matching")).toBe(0.5);
      expect(monthly.sharedHoursPerWeek).toBe(1);
    });

    it("languages: the best shared proficiency of the two", () => {
      expect(only("language_preferences", {}, { languages: [{ code: "es", proficiency: "conversational" }] })).toBe(
        0.5,
      );
      expect(only("language_preferences", {}, { languages: [{ code: "en", proficiency: "native" }] })).toBe(0);
    });

    it("technology comfort: a more confident mentor is fine, a less confident one is not", () => {
      expect(only("technology_comfort", {}, { technologyComfort: "confident" })).toBeCloseTo(0.9);
      expect(only("technology_comfort", {}, { technologyComfort: "learning" })).toBeCloseTo(0.55);
    });
  });

  describe("support needs", () => {
    it("support types: share offered, the most wanted counting double", () => {
      // Offers only the second wanted type: 1 of weight 3; also the goal criterion loses the first-type part.
      const c = scoreCompatibility(mentee(), mentor({ supportTypes: ["experience_sharing"] }), config);
      expect(scoreOf(c, "support_type_preferences")).toBeCloseTo(1 / 3);
      expect(scoreOf(c, "goal_compatibility")).toBeCloseTo(0.6);
    });

    it("intensity and duration: equal 1, adjacent 0.5, far 0", () => {
      expect(only("intensity_level_matching", {}, { intensity: "fortnightly" })).toBe(0.5);
      expect(only("intensity_level_matching", {}, { intensity: "monthly" })).toBe(0);
      expect(only("relationship_duration_expectations", {}, { expectedDuration: "twelve_months" })).toBe(0.5);
      expect(only("relationship_duration_expectations", {}, { expectedDuration: "three_months" })).toBe(0.5);
    });

    it("goal compatibility: the mentee's goals met by the mentor's experience and goals", () => {
      // No word of "sleep through the night" or "cope with grief at work" in these: only the support part counts.
      const c = scoreCompatibility(
        mentee(),
        mentor({ goals: ["learn to cook"], challenges: [], specialisations: ["career_transitions"] }),
        config,
      );
      expect(scoreOf(c, "goal_compatibility")).toBeCloseTo(0.4);
    });
  });

  it("missing fields score a neutral 0.5 and do not crash", () => {
    const empty = {
      challenges: [],
      recoveryStage: null,
      goals: [],
      communicationStyle: null,
      personality: null,
      topValues: [],
      timeZone: "",
      availability: [],
      languages: [],
      technologyComfort: null,
      supportTypes: [],
      intensity: null,
      expectedDuration: null,
    };
    const c = scoreCompatibility(mentee(empty), mentor(), config);
    for (const x of c.criteria) expect([x.criterion, x.score]).toEqual([x.criterion, 0.5]);
    expect(c.total).toBe(0.5);
    expect(c.sharedHoursPerWeek).toBe(0);
    const other = scoreCompatibility(mentee(), mentor({ ...empty, specialisations: [], mentorTypes: [] }), config);
    expect(other.total).toBeGreaterThan(0);
    expect(scoreCompatibility(mentee({ timeZone: "Not/AZone" }), mentor(), config).sharedHoursPerWeek).toBe(0);
  });

  it("weights the dimensions as configured", () => {
    const e = mentee();
    const m = mentor({
      intensity: "monthly",
      expectedDuration: "three_months",
      supportTypes: ["community_connection"],
    });
    const equal = scoreCompatibility(e, m, config);
    const support = equal.dimensions.support_needs_alignment;
    expect(equal.total).toBeCloseTo((3 + support) / 4, 12);
    const heavy = scoreCompatibility(e, m, { ...config, weights: { support_needs_alignment: 3 } });
    expect(heavy.total).toBeCloseTo((3 + 3 * support) / 6, 12);
    expect(heavy.criteria.find((c) => c.criterion === "goal_compatibility")!.weight).toBeCloseTo(3 / 6 / 4);
    expect(() => scoreCompatibility(e, m, { ...config, weights: { personal_compatibility: -1 } })).toThrow(RangeError);
  });

  it("explains in plain words, best first", () => {
    const c = scoreCompatibility(
      mentee({ challenges: [{ id: "grief_and_loss", primary: true }] }),
      mentor({ recoveryStage: "early", communicationStyle: "direct" }),
      config,
    );
    expect(c.reasons).toContain("mentor lived through grief and loss");
    expect(c.reasons.length).toBeLessThanOrEqual(5);
    const spanish = scoreCompatibility(
      mentee({ challenges: [{ id: "ptsd_recovery", primary: true }], goals: [], topValues: [] }),
      mentor({
        challenges: [],
        specialisations: ["ptsd_recovery"],
        recoveryStage: "early",
        communicationStyle: "direct",
        supportTypes: ["community_connection"],
        intensity: "monthly",
        expectedDuration: "twelve_months",
        technologyComfort: "learning",
        personality: null,
        timeZone: "Atlantic/Canary",
        availability: [1, 2, 3].flatMap((day) => [17, 18].map((hour) => ({ day, hour }))),
      }),
      config,
    );
    // Canary Islands evenings at 17-18 local are Madrid's 18-19 in November: all six hours shared.
    expect(spanish.reasons).toEqual([
      "mentor specialises in PTSD recovery",
      "6 hours of shared availability each week",
      "both speak Spanish",
      "time zones 1 hour apart",
      "both are at a similar stage of recovery",
    ]);
  });

  it("blends a learned model in, keeping the rule score", () => {
    const model: LearnedModel = {
      version: "test",
      features: c16(),
      weights: new Array(16).fill(0).map((_, k) => (k === 4 ? 2 : 0)),
      intercept: 0,
      means: new Array(16).fill(0.5),
      scales: new Array(16).fill(0.25),
      l2: 1,
      trainedOn: 100,
      trainedAt: "2026-11-01",
    };
    const plain = scoreCompatibility(mentee(), mentor({ communicationStyle: "direct" }), config);
    const blended = scoreCompatibility(mentee(), mentor({ communicationStyle: "direct" }), {
      ...config,
      learned: { model, priorStrength: 100 },
    });
    expect(blended.ruleTotal).toBe(plain.ruleTotal);
    expect(blended.total).not.toBe(plain.total);
    expect(blended.total).toBeGreaterThanOrEqual(0);
    expect(blended.total).toBeLessThanOrEqual(1);
  });
});

function c16(): string[] {
  return scoreCompatibility(mentee(), mentor(), config).criteria.map((c) => c.criterion);
}
