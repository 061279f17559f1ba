import type { RelationshipDetail, SupervisedRelationship } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member, onlyLanguage, readyMentee } from "../../../test/matching-fixture.js";
import { supervisedBy as supervisedByFixture } from "../../../test/supervision-fixture.js";
import { ManualClock } from "../../lib/clock.js";
import { findWaitingMentee } from "../matching/inputs-repository.js";
import { closeBySystem } from "./close-by-system.js";

const clock = new ManualClock(new Date());
let t: TestApp;
type Person = Awaited<ReturnType<typeof member>>;
let mentee: Person;
let mentor: Person;
let staff: Record<"supervisor" | "safety" | "admin", Person>;
let otherSupervisor: Person;
let outsider: Person;

beforeAll(async () => {
  t = await createTestApp({ clock });
  mentee = await member(t);
  mentor = await member(t, { roles: ["mentee", "mentor"] });
  staff = {
    supervisor: await member(t, { roles: ["supervisor"] }),
    safety: await member(t, { roles: ["safety"] }),
    admin: await member(t, { roles: ["admin"] }),
  };
  otherSupervisor = await member(t, { roles: ["supervisor"] });
  outsider = await member(t);
  await supervisedBy(mentor.user.id, staff.supervisor.user.id);
});
afterAll(() => t.close());

const supervisedBy = (mentorId: string, supervisorId: string) => supervisedByFixture(t, mentorId, supervisorId);

async function relationship(status = "active", menteeId = mentee.user.id): Promise<string> {
  const row = await t.ctx.db
    .insertInto("relationships")
    .values({
      mentee_id: menteeId,
      mentor_id: mentor.user.id,
      match_id: null,
      status,
      phase: "introduction_and_exploration",
      started_at: clock.now(),
      phase_started_at: clock.now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const statusOf = async (id: string) =>
  (await t.ctx.db.selectFrom("relationships").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

type Actor = "mentee" | "mentor" | "supervisor" | "safety" | "admin";
function call(actor: Actor, id: string, action: string, body: object = {}) {
  if (actor === "mentee") return mentee.client.post(`/api/relationships/${id}/${action}`, body);
  if (actor === "mentor") return mentor.client.post(`/api/relationships/${id}/${action}`, body);
  return staff[actor].client.post(`/api/relationships/supervised/${id}/${action}`, body);
}

const ACTORS: Actor[] = ["mentee", "mentor", "supervisor", "safety", "admin"];
/** docs/relationships.md, by hand: who may do what from the state it starts in. */
const ALLOWED: [string, string, string | undefined, Actor[]][] = [
  ["pause", "active", undefined, ["mentee", "mentor", "supervisor", "safety", "admin"]],
  ["resume", "paused", undefined, ["mentee", "mentor", "supervisor", "safety", "admin"]],
  ["close", "active", "goals_met_early", ["mentee", "mentor", "supervisor", "admin"]],
  ["close", "paused", "mentee_moved_on", ["mentee", "supervisor", "admin"]],
  ["close", "active", "mentor_unavailable", ["mentor", "supervisor", "admin"]],
  ["close", "active", "poor_fit", ["mentee", "mentor", "supervisor", "admin"]],
  ["close", "active", "safety", ["safety", "admin"]],
  ["close", "paused", "inactivity", ["supervisor", "admin"]],
];
const TO: Record<string, string> = { pause: "paused", resume: "active", close: "closed" };

describe("state changes by role", () => {
  const cases = ALLOWED.flatMap(([action, from, reason, who]) =>
    ACTORS.map((actor) => ({ action, from, reason, actor, allowed: who.includes(actor) })),
  );
  it.each(cases)("$action ($reason) from $from by $actor: allowed $allowed", async (c) => {
    const id = await relationship(c.from);
    const res = await call(c.actor, id, c.action, c.reason ? { reason: c.reason } : {});
    expect(res.status).toBe(c.allowed ? 200 : 403);
    expect(await statusOf(id)).toBe(c.allowed ? TO[c.action] : c.from);
  });

  it.each([
    ["pause", "paused"],
    ["pause", "closed"],
    ["resume", "active"],
    ["close", "closed"],
    ["close", "graduated"],
    ["close", "rematched"],
  ])("refuses %s from %s with 409, for the pair and staff", async (action, from) => {
    const id = await relationship(from);
    const body = action === "close" ? { reason: "poor_fit" } : {};
    expect((await call("mentee", id, action, body)).status).toBe(409);
    expect((await call("admin", id, action, body)).status).toBe(409);
    expect(await statusOf(id)).toBe(from);
  });

  it("records, audits and tells the other party; outsiders see nothing", async () => {
    const id = await relationship();
    const closed = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/close`, {
      reason: "mentor_unavailable",
    });
    expect(closed.body.status).toBe("closed");
    expect(closed.body.closeReason).toBe("mentor_unavailable");
    expect(closed.body.events.at(-1)).toMatchObject({ action: "close", actor: "mentor", fromStatus: "active" });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("actor_id")
      .where("action", "=", "relationships.close")
      .where("actor_id", "=", mentor.user.id)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    const menteeView = await mentee.client.get<RelationshipDetail>(`/api/relationships/${id}`);
    expect(menteeView.body.rematchOffer?.reason).toBe("closed");
    expect(menteeView.body.nextStep.kind).toBe("consider_rematch");
    const notes = await t.ctx.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", mentee.user.id)
      .execute();
    expect(notes.map((n) => n.kind)).toContain("relationships.closed");

    expect((await outsider.client.get(`/api/relationships/${id}`)).status).toBe(404);
    expect((await outsider.client.post(`/api/relationships/${id}/pause`, {})).status).toBe(404);
    expect((await outsider.client.post(`/api/relationships/supervised/${id}/pause`, {})).status).toBe(403);
    expect((await otherSupervisor.client.post(`/api/relationships/supervised/${id}/pause`, {})).status).toBe(404);
    expect((await mentor.client.post(`/api/relationships/${id}/close`, { reason: "nope" })).status).toBe(400);
  });
});

describe("a scheduled close", () => {
  it("closes for inactivity only, once, and tells both", async () => {
    const id = await relationship("paused");
    expect(await closeBySystem(t.ctx, id, "inactivity")).toBe(true);
    expect(await closeBySystem(t.ctx, id, "inactivity")).toBe(false);
    const detail = await mentee.client.get<RelationshipDetail>(`/api/relationships/${id}`);
    expect(detail.body).toMatchObject({ status: "closed", closeReason: "inactivity" });
    expect(detail.body.events.at(-1)).toMatchObject({ action: "close", actor: "system", reason: "inactivity" });
  });
});

describe("the supervisor view", () => {
  it("shows a supervisor only their mentors' relationships, safety and admins all, never notes", async () => {
    const id = await relationship();
    const list = async (client: TestClient) =>
      (await client.get<{ relationships: SupervisedRelationship[] }>("/api/relationships/supervised")).body
        .relationships;
    const mine = (await list(staff.supervisor.client)).find((r) => r.id === id);
    expect(mine).toMatchObject({ status: "active", phase: "introduction_and_exploration", fitScore: null });
    expect(Object.keys(mine ?? {})).not.toContain("notes");
    expect((await list(otherSupervisor.client)).some((r) => r.id === id)).toBe(false);
    expect((await list(staff.safety.client)).some((r) => r.id === id)).toBe(true);
    expect((await list(staff.admin.client)).some((r) => r.id === id)).toBe(true);
    expect((await mentee.client.get("/api/relationships/supervised")).status).toBe(403);
  });
});

describe("a rematch", () => {
  it("keeps a closed mentee out of matching until they ask, then puts them back", async () => {
    const ready = await readyMentee(t, onlyLanguage("mi"));
    const id = await relationship("active", ready.user.id);
    expect(await findWaitingMentee(t.ctx.db, ready.user.id)).toBeUndefined();
    await ready.client.post(`/api/relationships/${id}/close`, { reason: "mentee_moved_on" });
    expect(await findWaitingMentee(t.ctx.db, ready.user.id)).toBeUndefined();
    expect((await mentor.client.post(`/api/relationships/${id}/rematch`, {})).status).toBe(403);
    const rematched = await ready.client.post<RelationshipDetail>(`/api/relationships/${id}/rematch`, {});
    expect(rematched.status).toBe(200);
    expect(rematched.body.status).toBe("rematched");
    expect(rematched.body.rematchOffer).toBeNull();
    expect(await findWaitingMentee(t.ctx.db, ready.user.id)).toBeDefined();
    expect((await ready.client.post(`/api/relationships/${id}/rematch`, {})).status).toBe(409);
  });

  it("is not open from a live relationship without a low-fit check", async () => {
    const id = await relationship();
    expect((await mentee.client.post(`/api/relationships/${id}/rematch`, {})).status).toBe(409);
  });
});
