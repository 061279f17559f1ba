// Checks the vocabulary against the seed text itself. The seed lives outside the repository
// (/work/shared/seed, or MENTALVERSE_SEED_PATH); without it the full comparison is skipped and
// only the built-in spot checks run.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MENTOR_TYPES } from "./mentor-types.js";
import { findNode, VOCABULARY_TREES } from "./registry.js";
import { phaseHeading, RELATIONSHIP_PHASES } from "./relationship-phases.js";

const seedPath =
  process.env.MENTALVERSE_SEED_PATH ??
  fileURLToPath(new URL("../../../../../shared/seed/peer-mentorship.md", import.meta.url));
const seed = existsSync(seedPath) ? readFileSync(seedPath, "utf8") : undefined;

interface Parsed {
  label: string;
  children: Parsed[];
}

/** Parses the two-level tree whose first line is `${title}:` in the seed's code blocks. */
function seedTree(text: string, title: string): Parsed | undefined {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === `${title}:`);
  if (start < 0) return undefined;
  const root: Parsed = { label: title, children: [] };
  for (const line of lines.slice(start + 1)) {
    const group = /^[├└]── (.+)$/.exec(line);
    const leaf = /^[│ ] {3}[├└]── (.+)$/.exec(line);
    if (group?.[1]) root.children.push({ label: group[1].trim(), children: [] });
    else if (leaf?.[1]) root.children.at(-1)?.children.push({ label: leaf[1].trim(), children: [] });
    else break;
  }
  return root;
}

const labelsOf = (tree: (typeof VOCABULARY_TREES)[number]): Parsed => ({
  label: tree.label,
  children: tree.children.map((group) => ({
    label: group.label,
    children: group.children.map((leaf) => ({ label: leaf.label, children: [] })),
  })),
});

/** A dozen labels as the seed words them, by id. */
const SPOT_CHECKS: Record<string, string> = {
  dual_diagnosis_support: "Dual Diagnosis Support",
  ptsd_recovery: "PTSD Recovery",
  complex_ptsd: "Complex PTSD",
  lgbtq_identity: "LGBTQ+ Identity",
  identity_and_self_discovery: "Identity and Self-Discovery",
  mindfulness_and_meditation: "Mindfulness and Meditation",
  wellness_method_regular_check_ins: "Regular Check-ins",
  wellness_method_challenge_problem_solving: "Challenge Problem-Solving",
  life_method_story_based_learning: "Story-Based Learning",
  relationship_duration_expectations: "Relationship Duration Expectations",
  mastery_peer_to_peer_equality: "Peer-to-Peer Equality",
  mastery_self_advocacy_development: "Self-Advocacy Development",
  behavioral_addictions: "Behavioral Addictions",
};

describe("labels as the seed words them", () => {
  it("spot-checks a dozen labels", () => {
    for (const [id, label] of Object.entries(SPOT_CHECKS)) expect(findNode(id)?.node.label).toBe(label);
  });

  it.skipIf(!seed)("finds each spot-checked label verbatim in the seed", () => {
    for (const label of Object.values(SPOT_CHECKS)) expect(seed).toContain(`── ${label}\n`);
  });

  it.skipIf(!seed)("matches every seed tree label for label, in order", () => {
    for (const tree of VOCABULARY_TREES) {
      expect(seedTree(seed ?? "", tree.label), tree.label).toEqual(labelsOf(tree));
    }
  });

  it.skipIf(!seed)("names mentor types and phases as the seed's headings do", () => {
    for (const type of MENTOR_TYPES) expect(seed).toContain(`\n### ${type.label}\n`);
    for (const phase of RELATIONSHIP_PHASES) expect(seed).toContain(`\n#### ${phaseHeading(phase)}\n`);
  });
});
