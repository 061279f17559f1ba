import type { CheckInListResponse, CreateCheckInResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair, setRelationshipStatus } from "../../../test/activity-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditActionsOf } from "../../../test/inspect.js";
import { member } from "../../../test/matching-fixture.js";
import { DAY, HOUR, ManualClock } from "../../lib/clock.js";

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const kindsOf = async (userId: string) =>
  (await t.ctx.db.selectFrom("notifications").select("kind").where("user_id", "=", userId).execute()).map(
    (n) => n.kind,
  );

describe("check-ins", () => {
  it("keep a history and one mood line per member for the chart", async () => {
    const pair = await activePair(t);
    for (const mood of [2, 3, 4]) {
      const res = await pair.mentee.client.post<CreateCheckInResponse>(`${pair.base}/check-ins`, {
        mood,
        note: `Mood ${mood} today`,
      });
      expect(res.status).toBe(201);
      expect(res.body.support).toBeNull();
      clock.advance(DAY);
    }
    await pair.mentor.client.post(`${pair.base}/check-ins`, { mood: 5 });
    const list = await pair.mentor.client.get<CheckInListResponse>(`${pair.base}/check-ins`);
    expect(list.status).toBe(200);
    expect(list.body.checkIns.map((c) => [c.author.role, c.mood])).toEqual([
      ["mentor", 5],
      ["mentee", 4],
      ["mentee", 3],
      ["mentee", 2],
    ]);
    expect(list.body.checkIns[3]?.note).toBe("Mood 2 today");
    expect(list.body.series.map((s) => [s.member.role, s.points.map((p) => p.mood)])).toEqual([
      ["mentee", [2, 3, 4]],
      ["mentor", [5]],
    ]);
    expect(list.body).toMatchObject({ support: null, canWrite: true });
    expect(await kindsOf(pair.mentor.user.id)).toContain("relationship.check_in");
  });

  it("a very low mood brings crisis lines, tells the other member, asks for a screening and is audited", async () => {
    const pair = await activePair(t);
    const res = await pair.mentee.client.post<CreateCheckInResponse>(`${pair.base}/check-ins`, {
      mood: 1,
      note: "Everything is too much",
    });
    expect(res.status).toBe(201);
    expect(res.body.support?.message).toMatch(/crisis|danger/);
    expect(res.body.support?.crisisResources.resources.length).toBeGreaterThan(0);
    expect(res.body.support?.crisisResources.resources.some((r) => r.name === "Emergency services")).toBe(true);

    expect(await kindsOf(pair.mentor.user.id)).toContain("relationship.low_mood");
    expect(await kindsOf(pair.mentee.user.id)).toContain("screening.requested");
    expect(await auditActionsOf(t.ctx.db, pair.mentee.user.id)).toContain("relationship.very_low_mood");

    // The mentor sees the crisis lines too, worded for them, while the low mood is recent.
    const mentorView = await pair.mentor.client.get<CheckInListResponse>(`${pair.base}/check-ins`);
    expect(mentorView.body.support?.message).toMatch(/supervisor/);
    // A better check-in later lifts it; a very low one long ago does not keep it up.
    clock.advance(HOUR);
    await pair.mentee.client.post(`${pair.base}/check-ins`, { mood: 3 });
    expect((await pair.mentor.client.get<CheckInListResponse>(`${pair.base}/check-ins`)).body.support).toBeNull();
  });

  it("refuse moods outside 1-5 and outsiders, and stop taking check-ins when the relationship ends", async () => {
    const pair = await activePair(t);
    for (const mood of [0, 6, 2.5]) {
      expect((await pair.mentee.client.post(`${pair.base}/check-ins`, { mood })).status).toBe(400);
    }
    const outsider = await member(t);
    expect((await outsider.client.get(`${pair.base}/check-ins`)).status).toBe(404);
    expect((await outsider.client.post(`${pair.base}/check-ins`, { mood: 3 })).status).toBe(404);
    await setRelationshipStatus(t, pair.id, "graduated");
    expect((await pair.mentee.client.post(`${pair.base}/check-ins`, { mood: 3 })).status).toBe(409);
    expect((await pair.mentee.client.get(`${pair.base}/check-ins`)).status).toBe(200);
  });
});
