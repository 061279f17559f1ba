import { describe, expect, it } from "vitest";
import { MatchingCriterionSchema } from "./matching-criteria.js";
import { MENTOR_TYPES, MentorTypeSchema, mentorTypeOfSpecialisation, SpecialisationIdSchema } from "./mentor-types.js";
import { PERSONAL_VALUES, TopValuesSchema } from "./personal-values.js";
import {
  COMMUNICATION_STYLES,
  LANGUAGE_PROFICIENCY_LEVELS,
  MEETING_FREQUENCIES,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  TECHNOLOGY_COMFORT_LEVELS,
} from "./profile-values.js";
import { findNode, leavesOf, VOCABULARY_TREES as TREES } from "./registry.js";
import { RELATIONSHIP_PHASES } from "./relationship-phases.js";
import { SupportMethodIdSchema } from "./support-methods.js";
import { SUPPORT_TYPES, SupportTypeSchema } from "./support-types.js";
import type { VocabularyTree } from "./tree.js";

const VOCABULARY_TREES: readonly VocabularyTree[] = TREES;
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const allNodes = VOCABULARY_TREES.flatMap((tree) => [
  tree,
  ...tree.children.flatMap((group) => [group, ...group.children]),
]);
const allLeaves = VOCABULARY_TREES.flatMap((tree) => tree.children.flatMap((group) => group.children));

describe("vocabulary trees", () => {
  it("has unique leaf ids, and unique ids across every tree, group and leaf", () => {
    const leafIds = allLeaves.map((leaf) => leaf.id);
    expect(new Set(leafIds).size).toBe(leafIds.length);
    const ids = allNodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses snake_case ids everywhere, including the flat value lists", () => {
    const lists = [MENTOR_TYPES, SUPPORT_TYPES, RELATIONSHIP_PHASES, RECOVERY_STAGES, COMMUNICATION_STYLES];
    const more = [MEETING_FREQUENCIES, RELATIONSHIP_DURATIONS, TECHNOLOGY_COMFORT_LEVELS, LANGUAGE_PROFICIENCY_LEVELS];
    for (const list of [...lists, ...more, PERSONAL_VALUES]) {
      const ids = list.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(SNAKE);
    }
    for (const node of allNodes) expect(node.id).toMatch(SNAKE);
  });

  it("gives every seed tree four groups of four leaves", () => {
    expect(VOCABULARY_TREES).toHaveLength(10);
    for (const tree of VOCABULARY_TREES) {
      expect(tree.children).toHaveLength(4);
      for (const group of tree.children) expect(group.children).toHaveLength(4);
    }
  });

  it("findNode finds trees, groups and leaves with their parents", () => {
    expect(findNode("recovery_specializations")).toMatchObject({
      kind: "tree",
      node: { label: "Recovery Specializations" },
    });
    expect(findNode("trauma_recovery")).toMatchObject({ kind: "group", parentId: "recovery_specializations" });
    const leaf = findNode("complex_ptsd");
    expect(leaf).toMatchObject({ kind: "leaf", parentId: "trauma_recovery", node: { label: "Complex PTSD" } });
    expect(leaf?.tree.id).toBe("recovery_specializations");
    expect(findNode("time_zone_alignment")).toMatchObject({ kind: "leaf", parentId: "practical_compatibility" });
    expect(findNode("no_such_thing")).toBeUndefined();
  });

  it("leavesOf lists a tree's leaves in seed order", () => {
    const leaves = leavesOf("wellness_specializations");
    expect(leaves).toHaveLength(16);
    expect(leaves[0]?.label).toBe("Stress Management");
    expect(leaves[15]?.label).toBe("Personal Growth");
    expect(leavesOf("matching_criteria").map((l) => l.id)).toContain("relationship_duration_expectations");
  });

  it("zod enums accept known ids and reject others", () => {
    expect(MentorTypeSchema.options).toEqual(["recovery_mentor", "wellness_coach", "life_experience_mentor"]);
    expect(SpecialisationIdSchema.options).toHaveLength(48);
    expect(SpecialisationIdSchema.safeParse("sleep_hygiene").success).toBe(true);
    expect(SpecialisationIdSchema.safeParse("addiction_recovery").success).toBe(false);
    expect(SupportTypeSchema.options).toEqual([
      "experience_sharing",
      "practical_support",
      "emotional_support",
      "community_connection",
    ]);
    expect(SupportMethodIdSchema.options).toHaveLength(48);
    expect(MatchingCriterionSchema.options).toHaveLength(16);
  });

  it("links mentor types and support types to trees that exist", () => {
    for (const type of MENTOR_TYPES) {
      expect(findNode(type.specialisationTreeId)?.kind).toBe("tree");
      expect(findNode(type.methodsTreeId)?.kind).toBe("tree");
    }
    for (const support of SUPPORT_TYPES) {
      const group = findNode(support.methodGroupId);
      expect(group).toMatchObject({ kind: "group", node: { label: support.label } });
    }
    expect(mentorTypeOfSpecialisation("geographic_moves")).toBe("life_experience_mentor");
  });

  it("keeps ranked lists in order and the value list near twenty", () => {
    for (const list of [RECOVERY_STAGES, MEETING_FREQUENCIES, TECHNOLOGY_COMFORT_LEVELS, LANGUAGE_PROFICIENCY_LEVELS]) {
      expect(list.map((o) => o.rank)).toEqual(list.map((_, i) => i + 1));
    }
    expect(RELATIONSHIP_DURATIONS.map((d) => d.months)).toEqual([3, 6, 12]);
    expect(PERSONAL_VALUES).toHaveLength(20);
  });

  it("takes one to five distinct top values", () => {
    expect(
      TopValuesSchema.safeParse(["honesty", "family", "faith_spirituality", "creativity", "community"]).success,
    ).toBe(true);
    expect(TopValuesSchema.safeParse(["honesty", "honesty"]).success).toBe(false);
    expect(TopValuesSchema.safeParse([]).success).toBe(false);
    expect(TopValuesSchema.safeParse(["honesty", "family", "kindness", "courage", "humour", "nature"]).success).toBe(
      false,
    );
  });
});
