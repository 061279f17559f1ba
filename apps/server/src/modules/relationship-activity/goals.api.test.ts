import { randomUUID } from "node:crypto";
import type { MentoringGoal, MentoringGoalListResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair, setRelationshipStatus } from "../../../test/activity-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";
import { lastContactAt } from "./last-contact.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("goals with milestones and progress updates", () => {
  it("lets both members set, edit, tick and update goals, and records who did what", async () => {
    const pair = await activePair(t);
    const created = await pair.mentee.client.post<MentoringGoal>(`${pair.base}/goals`, {
      title: "Walk every morning",
      description: "Twenty minutes before work",
      targetDate: "2027-03-31",
      milestones: ["Buy shoes", "First full week"],
    });
    expect(created.status).toBe(201);
    const goal = created.body;
    expect(goal).toMatchObject({
      title: "Walk every morning",
      targetDate: "2027-03-31",
      status: "active",
      percent: 0,
      createdBy: { id: pair.mentee.user.id, displayName: "Mia Mentee" },
    });
    expect(goal.milestones.map((m) => [m.title, m.done])).toEqual([
      ["Buy shoes", false],
      ["First full week", false],
    ]);

    const first = goal.milestones[0]?.id;
    const ticked = await pair.mentor.client.patch<MentoringGoal>(`${pair.base}/goals/${goal.id}/milestones/${first}`, {
      done: true,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.milestones[0]).toMatchObject({ done: true, doneBy: { id: pair.mentor.user.id } });

    (t.clock as ManualClock).advance(MINUTE);
    const added = await pair.mentor.client.post<MentoringGoal>(`${pair.base}/goals/${goal.id}/milestones`, {
      title: "Walk with the group on Saturday",
    });
    expect(added.status).toBe(201);
    expect(added.body.milestones.map((m) => m.title)).toEqual([
      "Buy shoes",
      "First full week",
      "Walk with the group on Saturday",
    ]);

    const update = await pair.mentee.client.post<MentoringGoal>(`${pair.base}/goals/${goal.id}/updates`, {
      note: "Walked four days out of five",
      percent: 40,
    });
    expect(update.status).toBe(201);
    (t.clock as ManualClock).advance(MINUTE);
    const later = await pair.mentor.client.post<MentoringGoal>(`${pair.base}/goals/${goal.id}/updates`, {
      note: "Kept it up in the rain",
      percent: 60,
    });
    expect(later.body.percent).toBe(60);
    expect(later.body.updates.map((u) => [u.percent, u.author.id])).toEqual([
      [60, pair.mentor.user.id],
      [40, pair.mentee.user.id],
    ]);

    const achieved = await pair.mentor.client.patch<MentoringGoal>(`${pair.base}/goals/${goal.id}`, {
      status: "achieved",
      description: null,
    });
    expect(achieved.body).toMatchObject({ status: "achieved", description: null });

    const list = await pair.mentee.client.get<MentoringGoalListResponse>(`${pair.base}/goals`);
    expect(list.status).toBe(200);
    expect(list.body.canWrite).toBe(true);
    expect(list.body.goals).toHaveLength(1);
    expect(list.body.goals[0]).toEqual(achieved.body);

    const contacts = await lastContactAt(t.ctx.db, [pair.id]);
    expect(contacts.get(pair.id)?.toISOString()).toBe(t.clock.now().toISOString());
  });

  it("answers 404 to anyone outside the pair, for reads and writes alike", async () => {
    const pair = await activePair(t);
    const goal = await pair.mentee.client.post<MentoringGoal>(`${pair.base}/goals`, { title: "Sleep by eleven" });
    const outsider = await member(t);
    const staffLike = await member(t, { roles: ["supervisor", "mentor"] });
    for (const client of [outsider.client, staffLike.client]) {
      expect((await client.get(`${pair.base}/goals`)).status).toBe(404);
      expect((await client.post(`${pair.base}/goals`, { title: "Not mine" })).status).toBe(404);
      expect((await client.patch(`${pair.base}/goals/${goal.body.id}`, { status: "achieved" })).status).toBe(404);
      expect((await client.post(`${pair.base}/goals/${goal.body.id}/updates`, { note: "x", percent: 5 })).status).toBe(
        404,
      );
    }
    expect((await pair.mentee.client.get(`/api/relationships/${randomUUID()}/goals`)).status).toBe(404);
    const otherPair = await activePair(t);
    expect(
      (await otherPair.mentee.client.patch(`${otherPair.base}/goals/${goal.body.id}`, { status: "achieved" })).status,
    ).toBe(404);
  });

  it("rejects bad input with the field and reason", async () => {
    const pair = await activePair(t);
    const short = await pair.mentee.client.post(`${pair.base}/goals`, { title: "x" });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { code: "validation_failed" } });
    const badDate = await pair.mentee.client.post(`${pair.base}/goals`, {
      title: "Valid title",
      targetDate: "31/03/2027",
    });
    expect(badDate.status).toBe(400);
    const goal = await pair.mentee.client.post<MentoringGoal>(`${pair.base}/goals`, { title: "Valid title" });
    const percent = await pair.mentee.client.post(`${pair.base}/goals/${goal.body.id}/updates`, {
      note: "Too much",
      percent: 140,
    });
    expect(percent.status).toBe(400);
    expect((await pair.mentee.client.patch(`${pair.base}/goals/${goal.body.id}`, {})).status).toBe(400);
  });

  it("keeps goals readable but not writable once the relationship is no longer active", async () => {
    const pair = await activePair(t);
    const goal = await pair.mentee.client.post<MentoringGoal>(`${pair.base}/goals`, { title: "Cook twice a week" });
    await setRelationshipStatus(t, pair.id, "paused");
    const list = await pair.mentor.client.get<MentoringGoalListResponse>(`${pair.base}/goals`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ canWrite: false, goals: [{ title: "Cook twice a week" }] });
    const write = await pair.mentor.client.post(`${pair.base}/goals/${goal.body.id}/updates`, {
      note: "Cooked once",
      percent: 20,
    });
    expect(write.status).toBe(409);
    expect(write.body).toMatchObject({ error: { code: "conflict" } });
  });
});
