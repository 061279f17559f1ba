import { describe, expect, it } from "vitest";
import { FEATURE_NAMES } from "../learning/features.js";
import type { RelationshipRecord } from "./history.js";
import { recordAsOf } from "./record-as-of.js";

const record: RelationshipRecord = {
  id: "r1",
  startedAt: "2025-01-01",
  status: "graduated",
  monthsObserved: 12,
  earlyFit: 4,
  satisfaction: 5,
  goalsReached: 0.8,
  ruleScore: 0.6,
  criteria: Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0.5])) as RelationshipRecord["criteria"],
};

describe("recordAsOf", () => {
  it("turns a relationship still running on the date into an ongoing one with the ratings known by then", () => {
    const early = recordAsOf(record, "2025-03-01");
    expect(early.status).toBe("ongoing");
    expect(early.monthsObserved).toBeCloseTo(59 / 30.4375, 9);
    expect([early.earlyFit, early.satisfaction, early.goalsReached]).toEqual([4, null, null]);
    const later = recordAsOf(record, "2025-05-01");
    expect([later.earlyFit, later.satisfaction, later.goalsReached]).toEqual([4, 5, 0.8]);
    expect(recordAsOf(record, "2024-12-01").monthsObserved).toBe(0);
  });

  it("leaves a relationship that had ended by the date unchanged", () => {
    expect(recordAsOf(record, "2026-02-01")).toBe(record);
  });
});
