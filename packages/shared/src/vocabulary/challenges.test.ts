import { describe, expect, it } from "vitest";
import {
  CHALLENGE_GROUPS,
  CHALLENGES,
  ChallengeIdSchema,
  challengeOfSpecialisation,
  coveringMentorTypes,
  findChallenge,
} from "./challenges.js";
import { mentorTypeOfSpecialisation, SPECIALISATION_IDS } from "./mentor-types.js";
import { findNode } from "./registry.js";

describe("challenges taxonomy", () => {
  it("has one group per specialisation group and one challenge per distinct leaf label", () => {
    expect(CHALLENGE_GROUPS).toHaveLength(12);
    expect(CHALLENGES).toHaveLength(47);
    const labels = CHALLENGES.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(ChallengeIdSchema.options).toHaveLength(47);
  });

  it("names the mentor types that cover known challenges", () => {
    expect(coveringMentorTypes("substance_use_disorders")).toEqual(["recovery_mentor"]);
    expect(coveringMentorTypes("ptsd_recovery")).toEqual(["recovery_mentor"]);
    expect(coveringMentorTypes("stress_management")).toEqual(["wellness_coach"]);
    expect(coveringMentorTypes("personal_growth")).toEqual(["wellness_coach"]);
    expect(coveringMentorTypes("lgbtq_identity")).toEqual(["life_experience_mentor"]);
    expect(coveringMentorTypes("health_challenges")).toEqual(["recovery_mentor", "life_experience_mentor"]);
  });

  it("merges the seed's two 'Health Challenges' into one challenge listed in both groups", () => {
    expect(findChallenge("health_challenges")).toEqual({
      id: "health_challenges",
      label: "Health Challenges",
      parentId: "life_transition_recovery",
      groupIds: ["life_transition_recovery", "overcoming_adversity"],
      mentorTypes: ["recovery_mentor", "life_experience_mentor"],
      specialisationIds: ["life_transition_health_challenges", "adversity_health_challenges"],
    });
    const adversity = CHALLENGE_GROUPS.find((g) => g.id === "overcoming_adversity");
    expect(adversity?.challengeIds).toEqual([
      "financial_hardship",
      "health_challenges",
      "family_difficulties",
      "social_challenges",
    ]);
  });

  it("maps every specialisation to a challenge its mentor type covers", () => {
    for (const specialisationId of SPECIALISATION_IDS) {
      const challengeId = challengeOfSpecialisation(specialisationId);
      expect(ChallengeIdSchema.safeParse(challengeId).success).toBe(true);
      expect(coveringMentorTypes(challengeId)).toContain(mentorTypeOfSpecialisation(specialisationId));
      expect(findChallenge(challengeId)?.label).toBe(findNode(specialisationId)?.node.label);
    }
    expect(challengeOfSpecialisation("sleep_hygiene")).toBe("sleep_hygiene");
  });

  it("gives each challenge a parent group that exists and lists it", () => {
    for (const challenge of CHALLENGES) {
      expect(findNode(challenge.parentId)?.kind).toBe("group");
      const group = CHALLENGE_GROUPS.find((g) => g.id === challenge.parentId);
      expect(group?.challengeIds).toContain(challenge.id);
      expect(challenge.mentorTypes).toContain(group?.mentorType);
    }
  });
});
