import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { measuresReminderJob } from "../../jobs/definitions/measures-reminder.js";
import { rescreeningDueJob } from "../../jobs/definitions/rescreening-due.js";
import { DAY, ManualClock } from "../../lib/clock.js";

const clock = new ManualClock("2026-06-01T09:00:00Z");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, env: { RESCREENING_INTERVAL_DAYS: "30" } });
});
afterAll(() => t.close());

const noticesOf = async (userId: string, kind: string) =>
  (await t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", userId).execute()).filter(
    (n) => n.kind === kind,
  );

async function completedScreening(userId: string, at: Date) {
  await t.ctx.db
    .insertInto("screenings")
    .values({
      user_id: userId,
      status: "complete",
      answers: JSON.stringify({ q1: false, q2: false, q6: false }),
      risk: "none",
      reasons: "[]",
      created_at: at,
      updated_at: at,
      completed_at: at,
    })
    .execute();
}

async function completedMeasure(userId: string, at: Date) {
  await t.ctx.db
    .insertInto("measure_responses")
    .values({
      user_id: userId,
      instrument: "gad7",
      status: "complete",
      answers: JSON.stringify({ item1: 0, item2: 0, item3: 0, item4: 0, item5: 0, item6: 0, item7: 0 }),
      total: 0,
      score: 0,
      band: "minimal",
      created_at: at,
      updated_at: at,
      completed_at: at,
    })
    .execute();
}

describe("rescreening-due job", () => {
  it("reminds once per screening when the last one is older than the configured interval", async () => {
    const due = await buildUser(t.ctx.db);
    const recent = await buildUser(t.ctx.db);
    const never = await buildUser(t.ctx.db);
    const now = clock.now().getTime();
    await completedScreening(due.id, new Date(now - 40 * DAY));
    await completedScreening(due.id, new Date(now - 31 * DAY));
    await completedScreening(recent.id, new Date(now - 29 * DAY));

    await rescreeningDueJob.handle(t.ctx, {});
    await rescreeningDueJob.handle(t.ctx, {});
    expect(await noticesOf(due.id, "screening.due")).toHaveLength(1);
    expect(await noticesOf(recent.id, "screening.due")).toHaveLength(0);
    expect(await noticesOf(never.id, "screening.due")).toHaveLength(0);

    clock.advance(2 * DAY);
    await rescreeningDueJob.handle(t.ctx, {});
    expect(await noticesOf(recent.id, "screening.due")).toHaveLength(1);
    expect(await noticesOf(due.id, "screening.due")).toHaveLength(1);

    // A new screening resets the clock; the next reminder is for that one.
    await completedScreening(due.id, clock.now());
    clock.advance(31 * DAY);
    await rescreeningDueJob.handle(t.ctx, {});
    expect(await noticesOf(due.id, "screening.due")).toHaveLength(2);
  });
});

describe("measures-reminder job", () => {
  it("reminds once when the newest complete measure is older than 28 days", async () => {
    const due = await buildUser(t.ctx.db);
    const recent = await buildUser(t.ctx.db);
    const now = clock.now().getTime();
    await completedMeasure(due.id, new Date(now - 28 * DAY));
    await completedMeasure(recent.id, new Date(now - 60 * DAY));
    await completedMeasure(recent.id, new Date(now - 10 * DAY));
    await t.ctx.db
      .insertInto("measure_responses")
      .values({
        user_id: recent.id,
        instrument: "phq9",
        status: "draft",
        answers: "{}",
        created_at: new Date(now - 90 * DAY),
        updated_at: new Date(now - 90 * DAY),
      })
      .execute();

    await measuresReminderJob.handle(t.ctx, {});
    await measuresReminderJob.handle(t.ctx, {});
    expect(await noticesOf(due.id, "measures.due")).toHaveLength(1);
    expect(await noticesOf(recent.id, "measures.due")).toHaveLength(0);
    clock.advance(18 * DAY);
    await measuresReminderJob.handle(t.ctx, {});
    expect(await noticesOf(recent.id, "measures.due")).toHaveLength(1);
    expect(await noticesOf(due.id, "measures.due")).toHaveLength(1);
  });

  it("both jobs are registered with a daily schedule", async () => {
    const { jobDefinitions } = await import("../../jobs/registry.js");
    for (const job of [rescreeningDueJob, measuresReminderJob]) {
      expect(jobDefinitions).toContain(job);
      expect(job.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    }
  });
});
