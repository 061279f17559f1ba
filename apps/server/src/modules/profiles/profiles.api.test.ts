import { DEFAULT_PROFILE_VISIBILITY, type OwnProfile, REQUIRED_PROFILE_FIELDS } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { completeProfile } from "../../../test/profile-fixture.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; details: { field: string; reason: string }[] } };
const fieldsOf = (body: unknown) => (body as ErrorBody).error.details.map((d) => d.field);

describe("the member's own matching profile", () => {
  it("is an empty draft with default visibility before the first save", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<OwnProfile>("/api/profile");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      tipiScores: null,
      visibility: DEFAULT_PROFILE_VISIBILITY,
      complete: false,
      missing: [...REQUIRED_PROFILE_FIELDS],
      updatedAt: null,
    });
    expect(res.body.visibility.story).toBe("private");
    expect(res.body.visibility.challenges).toBe("shared_with_match");
  });

  it("keeps a partial profile as a draft and says what is missing", async () => {
    const { client } = await signedInClient(t);
    const res = await client.put<OwnProfile>("/api/profile", {
      recoveryStage: "early",
      tipi: [5, 2, null, 5, 6, 4, 6, 2, 4, 2],
    });
    expect(res.status).toBe(200);
    expect(res.body.complete).toBe(false);
    expect(res.body.recoveryStage).toBe("early");
    expect(res.body.tipiScores).toBeNull();
    expect(res.body.missing).toContain("tipi");
    expect(res.body.missing).not.toContain("recoveryStage");
    expect((await client.get<OwnProfile>("/api/profile")).body.recoveryStage).toBe("early");
  });

  it("saves a complete profile, scores the TIPI and keeps each weekly hour once, in order", async () => {
    const { client } = await signedInClient(t);
    const res = await client.put<OwnProfile>("/api/profile", completeProfile());
    expect(res.status).toBe(200);
    expect(res.body.complete).toBe(true);
    expect(res.body.missing).toEqual([]);
    expect(res.body.availability).toEqual([
      { day: 0, hour: 10 },
      { day: 2, hour: 19 },
    ]);
    // Item pairs (1,6R) (2R,7) (3,8R) (4R,9) (5,10R) from [5,2,6,5,6,4,6,2,4,2].
    expect(res.body.tipiScores).toEqual({
      extraversion: 4.5,
      agreeableness: 6,
      conscientiousness: 6,
      emotional_stability: 3.5,
      openness: 6,
    });
  });

  it("lets the member change what a match sees, field by field", async () => {
    const { client } = await signedInClient(t);
    await client.put("/api/profile", completeProfile());
    const res = await client.put<OwnProfile>(
      "/api/profile",
      completeProfile({ visibility: { story: "shared_with_match", challenges: "private" } }),
    );
    expect(res.body.visibility).toEqual({
      ...DEFAULT_PROFILE_VISIBILITY,
      story: "shared_with_match",
      challenges: "private",
    });
    // Leaving visibility out keeps what was chosen before.
    const kept = await client.put<OwnProfile>("/api/profile", completeProfile());
    expect(kept.body.visibility.challenges).toBe("private");
  });

  it("names the field in every validation error", async () => {
    const { client } = await signedInClient(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: "Mars/Olympus_Mons" }, "body.timeZone"],
      [{ timeZone: "+05:00" }, "body.timeZone"],
      [
        {
          challenges: [
            { id: "anxiety_management", primary: true },
            { id: "grief_and_loss", primary: true },
          ],
        },
        "body.challenges",
      ],
      [{ challenges: [{ id: "not_a_challenge", primary: true }] }, "body.challenges.0.id"],
      [{ languages: [{ code: "english", proficiency: "native" }] }, "body.languages.0.code"],
      [{ availability: [{ day: 7, hour: 10 }] }, "body.availability.0.day"],
      [{ supportTypes: ["therapy"] }, "body.supportTypes.0"],
      [{ topValues: ["honesty", "honesty"] }, "body.topValues"],
      [{ goals: ["ok", "fine goal"] }, "body.goals.0"],
      [{ story: "x".repeat(2001) }, "body.story"],
      [{ tipi: [8, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, "body.tipi.0"],
      [{ visibility: { email: "private" } }, "body.visibility"],
      [{ visibility: { story: "public" } }, "body.visibility.story"],
    ];
    for (const [body, field] of cases) {
      const res = await client.put("/api/profile", body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(fieldsOf(res.body).some((f) => f.startsWith(field))).toBe(true);
    }
    const unchanged = await client.get<OwnProfile>("/api/profile");
    expect(unchanged.body.updatedAt).toBeNull();
  });

  it("accepts UTC and real zones", async () => {
    const { client } = await signedInClient(t);
    for (const timeZone of ["UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata"]) {
      const res = await client.put<OwnProfile>("/api/profile", { timeZone });
      expect(res.status, timeZone).toBe(200);
    }
  });
});
