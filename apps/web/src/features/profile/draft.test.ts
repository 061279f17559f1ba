import { DEFAULT_PROFILE_VISIBILITY, type OwnProfile, SaveProfileRequestSchema } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { markPrimary, toggleChallenge } from "./challenge-picks.js";
import { draftFromProfile, requestFromDraft } from "./draft.js";

const empty: OwnProfile = {
  tipiScores: null,
  visibility: DEFAULT_PROFILE_VISIBILITY,
  complete: false,
  missing: [],
  updatedAt: null,
};

describe("profile draft", () => {
  it("starts an empty profile with the given zone and sends only that and visibility", () => {
    const draft = draftFromProfile(empty, "Europe/London");
    const request = requestFromDraft(draft);
    expect(request).toEqual({ timeZone: "Europe/London", visibility: DEFAULT_PROFILE_VISIBILITY });
    expect(SaveProfileRequestSchema.safeParse(request).success).toBe(true);
  });

  it("trims goals, drops empty rows, sorts availability and keeps partly answered TIPI", () => {
    const draft = draftFromProfile(empty, "UTC");
    draft.goals = ["  sleep better ", "", "walk daily"];
    draft.availability = [6 * 24 + 23, 0, 0, 18];
    draft.tipi = [7, null, null, null, null, null, null, null, null, null];
    draft.story = "   ";
    const request = requestFromDraft(draft);
    expect(request.goals).toEqual(["sleep better", "walk daily"]);
    expect(request.availability).toEqual([
      { day: 0, hour: 0 },
      { day: 0, hour: 18 },
      { day: 6, hour: 23 },
    ]);
    expect(request.tipi?.[0]).toBe(7);
    expect(request.story).toBeUndefined();
    expect(SaveProfileRequestSchema.safeParse(request).success).toBe(true);
  });

  it("round-trips a saved profile", () => {
    const saved: OwnProfile = {
      ...empty,
      challenges: [{ id: "anxiety_management", primary: true }],
      availability: [{ day: 2, hour: 19 }],
      languages: [{ code: "en", proficiency: "native" }],
      visibility: { ...DEFAULT_PROFILE_VISIBILITY, goals: "private" },
    };
    const request = requestFromDraft(draftFromProfile(saved, "UTC"));
    expect(request.challenges).toEqual(saved.challenges);
    expect(request.availability).toEqual(saved.availability);
    expect(request.languages).toEqual(saved.languages);
    expect(request.visibility?.goals).toBe("private");
  });

  it("sends a half-filled language row so the contract names what is missing", () => {
    const draft = draftFromProfile(empty, "UTC");
    draft.languages = [{ code: "fr", proficiency: null }];
    const result = SaveProfileRequestSchema.safeParse(requestFromDraft(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["languages", 0, "proficiency"]);
  });
});

describe("challenge picks", () => {
  it("keeps exactly one primary as challenges come and go", () => {
    let picks = toggleChallenge([], "grief_and_loss");
    picks = toggleChallenge(picks, "sleep_hygiene");
    expect(picks.filter((p) => p.primary).map((p) => p.id)).toEqual(["grief_and_loss"]);
    picks = markPrimary(picks, "sleep_hygiene");
    picks = toggleChallenge(picks, "sleep_hygiene");
    expect(picks).toEqual([{ id: "grief_and_loss", primary: true }]);
    expect(toggleChallenge(picks, "grief_and_loss")).toEqual([]);
  });
});
