import { randomUUID } from "node:crypto";
import type { AdminUserSummary, AuditEvent, OutboxMessage, Role } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { ManualClock, MINUTE } from "../../lib/clock.js";
import { insertMail } from "../mail/mail-repository.js";
import { findRoles } from "../users/user-repository.js";

type UserList = { users: AdminUserSummary[]; total: number };
type AuditList = { events: AuditEvent[]; total: number };

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

async function auditOf(action: string, subjectId: string) {
  return t.ctx.db
    .selectFrom("audit_events")
    .selectAll()
    .where("action", "=", action)
    .where("subject_id", "=", subjectId)
    .execute();
}

describe("admin routes: access", () => {
  const routes = (id: string) => [
    ["GET", "/api/admin/users"],
    ["GET", `/api/admin/users/${id}`],
    ["PUT", `/api/admin/users/${id}/roles`],
    ["GET", "/api/admin/audit"],
    ["GET", "/api/admin/outbox"],
  ];

  it("covers every registered admin route", () => {
    const registered = t.routes.filter((r) => r.url.startsWith("/api/admin")).map((r) => `${r.method} ${r.url}`);
    expect(registered.sort()).toEqual(
      [
        "GET /api/admin/audit",
        "GET /api/admin/outbox",
        "GET /api/admin/users",
        "GET /api/admin/users/:id",
        "PUT /api/admin/users/:id/roles",
      ].sort(),
    );
    for (const r of t.routes.filter((r) => r.url.startsWith("/api/admin")))
      expect(r.access).toEqual({ roles: ["admin"] });
  });

  it("answers anonymous callers 401 and every non-admin role 403, before reading input", async () => {
    const member = await buildUser(t.ctx.db);
    const body = { roles: ["admin"], reason: "let me in please" };
    const anonymous = t.client();
    for (const [method, url] of routes(member.id)) {
      const res = await anonymous.request(method!, url!, method === "GET" ? undefined : body);
      expect({ url, status: res.status }).toEqual({ url, status: 401 });
    }
    const nonAdmin: Role[][] = [
      ["mentee"],
      ["mentor"],
      ["match_reviewer"],
      ["supervisor"],
      ["safety"],
      ["mentee", "mentor", "match_reviewer", "supervisor", "safety"],
    ];
    for (const roles of nonAdmin) {
      const { client } = await signedInClient(t, { roles });
      for (const [method, url] of routes(member.id)) {
        const res = await client.request(method!, url!, method === "GET" ? undefined : body);
        expect({ roles, url, status: res.status }).toEqual({ roles, url, status: 403 });
      }
    }
    expect(await findRoles(t.ctx.db, member.id)).toEqual(["mentee"]);
    expect(await auditOf("staff.viewed_member", member.id)).toHaveLength(0);
  });
});

describe("GET /api/admin/users", () => {
  it("searches email and display name, filters by role, and pages with a total", async () => {
    const { client } = await signedInClient(t, { roles: ["admin"] });
    const tag = randomUUID().slice(0, 8);
    await buildUser(t.ctx.db, { email: `river-${tag}@example.test`, displayName: "Quiet Heron" });
    await buildUser(t.ctx.db, { email: `sky-${tag}@example.test`, displayName: `Heron ${tag}`, roles: ["mentor"] });
    await buildUser(t.ctx.db, { email: `stone-${tag}@example.test`, displayName: "Moss", roles: ["mentee", "mentor"] });

    const byEmail = await client.get<UserList>(`/api/admin/users?q=${tag}`);
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.total).toBe(3);

    const byName = await client.get<UserList>(`/api/admin/users?q=HERON%20${tag.toUpperCase()}`);
    expect(byName.body.users.map((u) => u.displayName)).toEqual([`Heron ${tag}`]);

    const mentors = await client.get<UserList>(`/api/admin/users?q=${tag}&role=mentor`);
    expect(mentors.body.total).toBe(2);
    expect(mentors.body.users.every((u) => u.roles.includes("mentor"))).toBe(true);
    expect(mentors.body.users.find((u) => u.displayName === "Moss")?.roles).toEqual(["mentee", "mentor"]);

    const page = await client.get<UserList>(`/api/admin/users?q=${tag}&limit=2&offset=2`);
    expect(page.body).toMatchObject({ total: 3 });
    expect(page.body.users).toHaveLength(1);
    const summary = page.body.users[0]!;
    expect(Object.keys(summary).sort()).toEqual(
      [
        "createdAt",
        "deletionScheduledFor",
        "displayName",
        "email",
        "id",
        "isDemo",
        "lastSignInAt",
        "lockedUntil",
        "roles",
      ].sort(),
    );
  });

  it("treats % and _ as plain characters and rejects bad filters", async () => {
    const { client } = await signedInClient(t, { roles: ["admin"] });
    expect((await client.get<UserList>("/api/admin/users?q=%25")).body.total).toBe(0);
    expect((await client.get<UserList>("/api/admin/users?q=_")).body.total).toBe(0);
    expect((await client.get("/api/admin/users?role=overlord")).status).toBe(400);
    expect((await client.get("/api/admin/users?limit=0")).status).toBe(400);
    expect((await client.get("/api/admin/users?surprise=1")).status).toBe(400);
  });
});

describe("GET /api/admin/users/:id", () => {
  it("shows private fields and records that staff looked", async () => {
    const { client, user: admin } = await signedInClient(t, { roles: ["admin"] });
    const member = await buildUser(t.ctx.db, { displayName: "Lantern" });
    await t.ctx.db.updateTable("users").set({ real_name: "Robin Example" }).where("id", "=", member.id).execute();

    const res = await client.get<AdminUserSummary & { realName: string | null }>(`/api/admin/users/${member.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: member.id,
      displayName: "Lantern",
      realName: "Robin Example",
      roles: ["mentee"],
    });
    expect(res.body).not.toHaveProperty("passwordHash");
    const audit = await auditOf("staff.viewed_member", member.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: admin.id, subject_id: member.id });
    expect(audit[0]!.request_id).toBeTruthy();
  });

  it("answers 404 for an unknown member and 400 for a malformed id, auditing neither", async () => {
    const { client, user: admin } = await signedInClient(t, { roles: ["admin"] });
    expect((await client.get(`/api/admin/users/${randomUUID()}`)).status).toBe(404);
    expect((await client.get("/api/admin/users/not-a-uuid")).status).toBe(400);
    const views = await t.ctx.db
      .selectFrom("audit_events")
      .select("id")
      .where("actor_id", "=", admin.id)
      .where("action", "=", "staff.viewed_member")
      .execute();
    expect(views).toHaveLength(0);
  });
});

describe("GET /api/admin/audit", () => {
  it("lists newest first with names, and filters by action, subject and actor", async () => {
    const { client, user: admin } = await signedInClient(t, { roles: ["admin"] });
    const member = await buildUser(t.ctx.db, { displayName: "Thistle" });
    clock.advance(MINUTE);
    await client.get(`/api/admin/users/${member.id}`);
    clock.advance(MINUTE);
    await client.put(`/api/admin/users/${member.id}/roles`, { roles: ["mentee", "mentor"], reason: "Ready to mentor" });

    const bySubject = await client.get<AuditList>(`/api/admin/audit?subjectId=${member.id}`);
    expect(bySubject.status).toBe(200);
    expect(bySubject.body.total).toBe(2);
    expect(bySubject.body.events.map((e) => e.action)).toEqual(["role.changed", "staff.viewed_member"]);
    expect(bySubject.body.events[0]).toMatchObject({
      actorId: admin.id,
      actorName: admin.displayName,
      subjectId: member.id,
      subjectName: "Thistle",
      details: { added: ["mentor"], removed: [], reason: "Ready to mentor" },
    });

    const byAction = await client.get<AuditList>(`/api/admin/audit?action=role.changed&actorId=${admin.id}`);
    expect(byAction.body.events.map((e) => [e.action, e.subjectId])).toEqual([["role.changed", member.id]]);

    const byActor = await client.get<AuditList>(`/api/admin/audit?actorId=${admin.id}&limit=1`);
    expect(byActor.body.total).toBeGreaterThanOrEqual(3); // sign-in, view, role change
    expect(byActor.body.events).toHaveLength(1);
    expect(byActor.body.events[0]?.action).toBe("role.changed");

    expect((await client.get<AuditList>("/api/admin/audit?action=no.such.action")).body).toEqual({
      events: [],
      total: 0,
    });
    expect((await client.get("/api/admin/audit?subjectId=nope")).status).toBe(400);
  });
});

describe("GET /api/admin/outbox", () => {
  it("lists mail newest first and records that staff read it", async () => {
    const own = await createTestApp({ clock: new ManualClock(new Date()) });
    try {
      const { client, user: admin } = await signedInClient(own, { roles: ["admin"] });
      await insertMail(own.ctx.db, { to: "first@example.test", subject: "First", text: "one", status: "outbox" });
      await new Promise((r) => setTimeout(r, 5));
      await insertMail(own.ctx.db, { to: "second@example.test", subject: "Second", text: "two", status: "sent" });

      const res = await client.get<{ messages: OutboxMessage[]; total: number }>("/api/admin/outbox?limit=10");
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(2);
      expect(res.body.messages.map((m) => [m.to, m.subject, m.status])).toEqual([
        ["second@example.test", "Second", "sent"],
        ["first@example.test", "First", "outbox"],
      ]);
      const views = await own.ctx.db
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "staff.viewed_outbox")
        .execute();
      expect(views).toHaveLength(1);
      expect(views[0]).toMatchObject({ actor_id: admin.id, details: { limit: 10, offset: 0 } });
    } finally {
      await own.close();
    }
  });
});
