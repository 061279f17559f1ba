import { type AccountExport, AccountExportSchema, type MentoringSession } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the account export of a member in a relationship", () => {
  it("holds the relationship as they see it, with their own private notes and never the other's", async () => {
    const pair = await activePair(t, { mentee: "Europe/London", mentor: "Asia/Tokyo" });
    expect((await pair.mentee.client.post(`${pair.base}/check-ins`, { mood: 4, note: "A better week" })).status).toBe(
      201,
    );
    const startsAt = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString();
    const proposed = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt,
      durationMinutes: 45,
      mode: "video",
    });
    expect(proposed.status).toBe(201);
    const noteUrl = `${pair.base}/sessions/${proposed.body.id}/note`;
    expect((await pair.mentee.client.put(noteUrl, { text: "mentee-only thought" })).status).toBe(200);
    expect((await pair.mentor.client.put(noteUrl, { text: "mentor-only thought" })).status).toBe(200);

    const exported = await pair.mentee.client.get<AccountExport>("/api/account/export");
    expect(exported.status).toBe(200);
    const [mine] = AccountExportSchema.parse(exported.body).relationships;
    expect(mine?.relationship.id).toBe(pair.id);
    expect(mine?.checkIns.map((c) => c.mood)).toEqual([4]);
    expect(mine?.sessions).toHaveLength(1);
    const text = JSON.stringify(exported.body);
    expect(text).toContain("mentee-only thought");
    expect(text).not.toContain("mentor-only thought");
  });
});
