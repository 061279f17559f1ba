import { FieldVisibilitySchema, PROFILE_FIELDS, type ProfileVisibility } from "@mentalverse/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeProfile } from "../../../test/profile-fixture.js";
import { presentForMatch } from "./present-for-match.js";
import type { StoredProfile } from "./stored-profile.js";

const { visibility: _ignored, ...fields } = completeProfile();
const visibilityArb = fc.record(
  Object.fromEntries(PROFILE_FIELDS.map((f) => [f, fc.constantFrom(...FieldVisibilitySchema.options)])) as Record<
    (typeof PROFILE_FIELDS)[number],
    fc.Arbitrary<"shared_with_match" | "private">
  >,
);

describe("presentForMatch", () => {
  it("never shows a private field, and shows every shared one", () => {
    fc.assert(
      fc.property(visibilityArb, (visibility: ProfileVisibility) => {
        const profile: StoredProfile = { fields, visibility, updatedAt: null };
        const view = presentForMatch("Robin", profile);
        const text = JSON.stringify(view);
        for (const field of PROFILE_FIELDS) {
          const key = field === "tipi" ? "personality" : field;
          if (visibility[field] === "private") {
            expect(view).not.toHaveProperty(key);
            if (field === "story") expect(text).not.toContain("panic attacks");
            if (field === "timeZone") expect(text).not.toContain("Europe/London");
          } else {
            expect(view).toHaveProperty(key);
          }
        }
        expect(view.displayName).toBe("Robin");
        expect(view).not.toHaveProperty("tipi");
        expect(view).not.toHaveProperty("visibility");
      }),
      { numRuns: 200 },
    );
  });

  it("shows personality as trait scores, never the raw answers", () => {
    const visibility = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, "shared_with_match"])) as ProfileVisibility;
    const view = presentForMatch("Robin", { fields, visibility, updatedAt: null });
    expect(view.personality).toEqual({
      extraversion: 4.5,
      agreeableness: 6,
      conscientiousness: 6,
      emotional_stability: 3.5,
      openness: 6,
    });
  });

  it("shows nothing but the name for an all-private profile", () => {
    const visibility = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, "private"])) as ProfileVisibility;
    expect(presentForMatch("Robin", { fields, visibility, updatedAt: null })).toEqual({ displayName: "Robin" });
  });
});
