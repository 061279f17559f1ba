import { ApplyAsMentorRequestSchema } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import {
  type ApplicationDraft,
  emptyApplication,
  monthsSince,
  requestFromApplication,
  shortOfRecoveryRule,
  withMentorTypes,
} from "./application-draft.js";
import { timelineOf } from "./statuses.js";

const now = new Date("2026-11-27T10:00:00Z");

describe("mentor application draft", () => {
  it("counts whole months as the server does", () => {
    expect(monthsSince("2024-11-27", now)).toBe(24);
    expect(monthsSince("2024-11-28", now)).toBe(23);
    expect(monthsSince("not a date", now)).toBeNull();
  });

  it("warns a recovery mentor short of 24 months, and nobody else", () => {
    const draft = { ...emptyApplication(), stableSince: "2025-06-01" };
    expect(shortOfRecoveryRule({ ...draft, mentorTypes: ["recovery_mentor"] }, now)).toBe(true);
    expect(shortOfRecoveryRule({ ...draft, mentorTypes: ["wellness_coach"] }, now)).toBe(false);
    expect(shortOfRecoveryRule({ ...draft, mentorTypes: ["recovery_mentor"], stableSince: "" }, now)).toBeNull();
  });

  it("drops specialisations of a mentor type that is unticked", () => {
    const draft: ApplicationDraft = {
      ...emptyApplication(),
      mentorTypes: ["recovery_mentor", "wellness_coach"],
      specialisations: ["grief_and_loss", "sleep_hygiene"],
    };
    expect(withMentorTypes(draft, ["wellness_coach"]).specialisations).toEqual(["sleep_hygiene"]);
  });

  it("sends exactly one of date or months, and a complete draft passes the contract", () => {
    const draft: ApplicationDraft = {
      ...emptyApplication(),
      mentorTypes: ["wellness_coach"],
      specialisations: ["sleep_hygiene"],
      livedExperience: "x".repeat(60),
      stableBy: "months",
      stableSince: "2020-01-01",
      stableSinceMonths: "30",
      boundaries: "Weekday evenings only, never crises.",
      references: [
        { name: "Sam Okafor", contact: "sam@example.test", relationship: "Former manager" },
        { name: "Priya Shah", contact: "+44 20 7946 0000", relationship: "Coordinator" },
      ],
    };
    const request = requestFromApplication(draft);
    expect(request.stableSince).toBeUndefined();
    expect(request.stableSinceMonths).toBe(30);
    expect(ApplyAsMentorRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe("application timeline", () => {
  const base = { createdAt: "2026-10-01T00:00:00Z", statusChangedAt: "2026-11-01T00:00:00Z" };
  it("marks steps before the current one done and after it still to come", () => {
    const states = timelineOf({ ...base, status: "background_verification" }).map((s) => `${s.status}:${s.state}`);
    expect(states).toEqual([
      "applied:done",
      "interview:done",
      "background_verification:current",
      "training:upcoming",
      "active:upcoming",
    ]);
  });

  it("puts paused after a completed pipeline, and a rejection after the application", () => {
    expect(timelineOf({ ...base, status: "paused" }).at(-1)).toMatchObject({ status: "paused", state: "current" });
    expect(timelineOf({ ...base, status: "paused" }).filter((s) => s.state === "done")).toHaveLength(5);
    expect(timelineOf({ ...base, status: "rejected" }).map((s) => s.status)).toEqual(["applied", "rejected"]);
  });
});
