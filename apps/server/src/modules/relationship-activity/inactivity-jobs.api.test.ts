import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, HOUR, ManualClock } from "../../lib/clock.js";
import { insertApplication, insertApplicationEvent } from "../mentor-applications/mentor-applications-repository.js";
import { BUILT_IN_CRISIS_LINES } from "../screening/crisis-resources.js";
import { alertStuckRelationships } from "./alert-stuck-relationships.js";
import { cancelSession } from "./cancel-session.js";
import { confirmSession } from "./confirm-session.js";
import { createCheckIn } from "./create-check-in.js";
import { lastContactAt } from "./last-contact.js";
import { pauseWaitingMentors } from "./pause-waiting-mentors.js";
import { proposeSession } from "./propose-session.js";
import { recordAttendance } from "./record-attendance.js";
import { remindInactivePairs } from "./remind-inactive-pairs.js";

const actor = (userId: string) => ({ userId, ip: null, requestId: "job-test" });

async function kindsOf(t: TestApp, userId: string): Promise<string[]> {
  const rows = await t.ctx.db.selectFrom("notifications").select("kind").where("user_id", "=", userId).execute();
  return rows.map((r) => r.kind);
}

async function auditActions(t: TestApp, action: string) {
  return t.ctx.db.selectFrom("audit_events").selectAll().where("action", "=", action).execute();
}

/** An open, active mentor application, optionally made active by a given supervisor. */
async function giveApplication(t: TestApp, mentorId: string, activatedBy?: string) {
  const application = await insertApplication(t.ctx.db, {
    user_id: mentorId,
    status: "active",
    mentor_types: JSON.stringify(["recovery_mentor"]),
    specialisations: JSON.stringify(["anxiety_management"]),
    lived_experience: "Years of panic attacks, then a slow way back through walking and peer groups.",
    stable_since: new Date("2019-01-01T00:00:00Z"),
    capacity: 2,
    boundaries: "Evenings only, never for crises.",
    mentor_references: JSON.stringify([]),
    status_changed_at: t.clock.now(),
  });
  if (activatedBy) {
    await insertApplicationEvent(t.ctx.db, {
      application_id: application.id,
      actor_id: activatedBy,
      from_status: "training",
      to_status: "active",
      reason: null,
    });
  }
  return application.id;
}

async function isPaused(t: TestApp, applicationId: string): Promise<boolean> {
  const row = await t.ctx.db
    .selectFrom("mentor_applications")
    .select("pause_new_matches")
    .where("id", "=", applicationId)
    .executeTakeFirstOrThrow();
  return row.pause_new_matches;
}

const futureStart = (clock: ManualClock, days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();

describe("inactivity reminders (RELATIONSHIP_INACTIVITY_DAYS)", () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock, env: { RELATIONSHIP_INACTIVITY_DAYS: "10" } });
  });
  afterAll(() => t.close());

  it("reminds both members once per period of silence, counting from the last contact", async () => {
    const start = clock.now();
    const pair = await activePair(t);
    const at = (days: number) => clock.set(new Date(start.getTime() + days * DAY));
    const reminders = async (userId: string) =>
      (await kindsOf(t, userId)).filter((k) => k === "relationship.inactivity_reminder").length;

    at(9.9);
    expect(await remindInactivePairs(t.ctx)).toBe(0);
    at(10);
    expect(await remindInactivePairs(t.ctx)).toBe(1);
    expect(await remindInactivePairs(t.ctx)).toBe(0);
    expect(await reminders(pair.mentee.user.id)).toBe(1);
    expect(await reminders(pair.mentor.user.id)).toBe(1);

    at(12);
    await createCheckIn(t.ctx, BUILT_IN_CRISIS_LINES, actor(pair.mentee.user.id), pair.id, { mood: 3 });
    at(21.9);
    expect(await remindInactivePairs(t.ctx)).toBe(0);
    at(22);
    expect(await remindInactivePairs(t.ctx)).toBe(1);
    at(32);
    expect(await remindInactivePairs(t.ctx)).toBe(1);
    expect(await remindInactivePairs(t.ctx)).toBe(0);
    expect(await reminders(pair.mentor.user.id)).toBe(3);
  });

  it("counts an attended session as contact at its start, and leaves ended relationships alone", async () => {
    const start = clock.now();
    const pair = await activePair(t);
    const closed = await activePair(t, {}, "closed");
    const session = await proposeSession(t.ctx, actor(pair.mentor.user.id), pair.id, {
      startsAt: futureStart(clock, 5),
      durationMinutes: 60,
      mode: "video",
    });
    await confirmSession(t.ctx, actor(pair.mentee.user.id), { relationshipId: pair.id, sessionId: session.id });
    clock.set(new Date(start.getTime() + 6 * DAY));
    await recordAttendance(
      t.ctx,
      actor(pair.mentee.user.id),
      { relationshipId: pair.id, sessionId: session.id },
      { memberId: pair.mentor.user.id, status: "attended" },
    );
    // Last contact is the session's start (day 5), so a reminder is due at day 15, not 10.
    clock.set(new Date(start.getTime() + 14.9 * DAY));
    await remindInactivePairs(t.ctx);
    expect(await kindsOf(t, pair.mentee.user.id)).not.toContain("relationship.inactivity_reminder");
    clock.set(new Date(start.getTime() + 15 * DAY));
    await remindInactivePairs(t.ctx);
    expect(await kindsOf(t, pair.mentee.user.id)).toContain("relationship.inactivity_reminder");
    expect(await kindsOf(t, closed.mentee.user.id)).not.toContain("relationship.inactivity_reminder");
  });
  it("counts steps either member took in the relationships module, not what staff did", async () => {
    const start = clock.now();
    const pair = await activePair(t);
    const staff = await buildUser(t.ctx.db, { roles: ["supervisor"] });
    const event = (actorId: string, actor: string, days: number) => ({
      relationship_id: pair.id,
      at: new Date(start.getTime() + days * DAY),
      actor_id: actorId,
      actor,
      action: "test_step",
    });
    await t.ctx.db
      .insertInto("relationship_events")
      .values([event(pair.mentee.user.id, "mentee", 3), event(staff.id, "supervisor", 8)])
      .execute();
    expect((await lastContactAt(t.ctx.db, [pair.id])).get(pair.id)?.toISOString()).toBe(
      new Date(start.getTime() + 3 * DAY).toISOString(),
    );
  });
});

describe("supervisor alert for relationships stuck 21 days", () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  it("tells the mentor's supervisor, or every supervisor when there is none, once, and audits it", async () => {
    const start = clock.now();
    const assigned = await buildUser(t.ctx.db, { roles: ["supervisor"] });
    const other = await buildUser(t.ctx.db, { roles: ["supervisor"] });
    const watched = await activePair(t);
    await giveApplication(t, watched.mentor.user.id, assigned.id);
    const unwatched = await activePair(t);
    await giveApplication(t, unwatched.mentor.user.id);
    const busy = await activePair(t);

    clock.set(new Date(start.getTime() + 20 * DAY));
    await createCheckIn(t.ctx, BUILT_IN_CRISIS_LINES, actor(busy.mentor.user.id), busy.id, { mood: 4 });
    expect(await alertStuckRelationships(t.ctx)).toBe(0);
    clock.set(new Date(start.getTime() + 21 * DAY + HOUR));
    expect(await alertStuckRelationships(t.ctx)).toBe(2);
    expect(await alertStuckRelationships(t.ctx)).toBe(0);

    const stuckNotices = async (userId: string) =>
      (await kindsOf(t, userId)).filter((k) => k === "relationship.stuck").length;
    expect(await stuckNotices(assigned.id)).toBe(2);
    expect(await stuckNotices(other.id)).toBe(1);
    expect(await stuckNotices(watched.mentor.user.id)).toBe(0);

    const audits = await auditActions(t, "relationship.stuck_alert");
    expect(audits.map((a) => (a.details as { relationshipId: string }).relationshipId).sort()).toEqual(
      [watched.id, unwatched.id].sort(),
    );
  });
});

describe("pausing mentors who leave mentees waiting", () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  it("pauses after a mentee's session suggestion waits 7 days, once per suggestion", async () => {
    const start = clock.now();
    const pair = await activePair(t);
    const applicationId = await giveApplication(t, pair.mentor.user.id);
    await proposeSession(t.ctx, actor(pair.mentee.user.id), pair.id, {
      startsAt: futureStart(clock, 10),
      durationMinutes: 60,
      mode: "voice",
    });
    clock.set(new Date(start.getTime() + 6 * DAY));
    expect(await pauseWaitingMentors(t.ctx)).toBe(0);
    expect(await isPaused(t, applicationId)).toBe(false);
    clock.set(new Date(start.getTime() + 7 * DAY));
    expect(await pauseWaitingMentors(t.ctx)).toBe(1);
    expect(await isPaused(t, applicationId)).toBe(true);
    expect(await kindsOf(t, pair.mentor.user.id)).toContain("relationship.mentor_paused");
    expect((await auditActions(t, "relationship.mentor_paused")).map((a) => a.subject_id)).toContain(
      pair.mentor.user.id,
    );

    // The mentor turns matches back on: the same old suggestion does not pause them again.
    await t.ctx.db
      .updateTable("mentor_applications")
      .set({ pause_new_matches: false })
      .where("id", "=", applicationId)
      .execute();
    clock.set(new Date(start.getTime() + 8 * DAY));
    expect(await pauseWaitingMentors(t.ctx)).toBe(0);
    expect(await isPaused(t, applicationId)).toBe(false);
  });

  it("pauses when the mentee's check-in goes unanswered for 7 days, not when the mentor replied", async () => {
    const start = clock.now();
    const silent = await activePair(t);
    const silentApp = await giveApplication(t, silent.mentor.user.id);
    const replied = await activePair(t);
    const repliedApp = await giveApplication(t, replied.mentor.user.id);
    for (const pair of [silent, replied]) {
      await createCheckIn(t.ctx, BUILT_IN_CRISIS_LINES, actor(pair.mentee.user.id), pair.id, { mood: 2 });
    }
    clock.set(new Date(start.getTime() + 2 * DAY));
    await createCheckIn(t.ctx, BUILT_IN_CRISIS_LINES, actor(replied.mentor.user.id), replied.id, { mood: 4 });
    clock.set(new Date(start.getTime() + 7 * DAY));
    await pauseWaitingMentors(t.ctx);
    expect(await isPaused(t, silentApp)).toBe(true);
    expect(await isPaused(t, repliedApp)).toBe(false);
  });

  it("pauses after the mentor misses two agreed sessions, and never touches a mentee who cancels", async () => {
    const start = clock.now();
    const pair = await activePair(t);
    const applicationId = await giveApplication(t, pair.mentor.user.id);
    const ids = [];
    for (const day of [1, 3, 5]) {
      const s = await proposeSession(t.ctx, actor(pair.mentor.user.id), pair.id, {
        startsAt: futureStart(clock, day),
        durationMinutes: 30,
        mode: "chat",
      });
      await confirmSession(t.ctx, actor(pair.mentee.user.id), { relationshipId: pair.id, sessionId: s.id });
      ids.push(s.id);
    }
    await cancelSession(t.ctx, actor(pair.mentee.user.id), { relationshipId: pair.id, sessionId: ids[2] ?? "" }, "ill");
    const miss = async (sessionId: string | undefined, day: number) => {
      clock.set(new Date(start.getTime() + day * DAY + HOUR));
      await recordAttendance(
        t.ctx,
        actor(pair.mentee.user.id),
        { relationshipId: pair.id, sessionId: sessionId ?? "" },
        { memberId: pair.mentor.user.id, status: "missed" },
      );
    };
    await miss(ids[0], 1);
    expect(await pauseWaitingMentors(t.ctx)).toBe(0);
    await miss(ids[1], 3);
    expect(await pauseWaitingMentors(t.ctx)).toBe(1);
    expect(await isPaused(t, applicationId)).toBe(true);
  });
});
