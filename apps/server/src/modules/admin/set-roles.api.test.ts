import { randomUUID } from "node:crypto";
import type { AdminUserSummary, Notification, Role } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { authenticate, connectSocket, listen, nextEvent } from "../../../test/sockets.js";
import type { AppError } from "../../lib/errors.js";
import { countUsersWithRole, findRoles } from "../users/user-repository.js";
import { setRoles } from "./set-roles.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function notificationsOf(userId: string) {
  return t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
}

async function auditOf(action: string, subjectId: string) {
  return t.ctx.db
    .selectFrom("audit_events")
    .selectAll()
    .where("action", "=", action)
    .where("subject_id", "=", subjectId)
    .execute();
}

describe("PUT /api/admin/users/:id/roles", () => {
  it("replaces roles, audits who, what and why, and notifies the member kindly", async () => {
    const { client, user: admin } = await signedInClient(t, { roles: ["admin"] });
    const { client: memberClient, user: member } = await signedInClient(t, { roles: ["mentee"] });

    const res = await client.put<AdminUserSummary>(`/api/admin/users/${member.id}/roles`, {
      roles: ["mentee", "mentor", "mentor"],
      reason: "Completed peer mentor training",
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(["mentee", "mentor"]);

    const audit = await auditOf("role.changed", member.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: admin.id });
    expect(audit[0]!.details).toEqual({ added: ["mentor"], removed: [], reason: "Completed peer mentor training" });

    const notes = await notificationsOf(member.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "role.changed", title: "You can now mentor", read_at: null });
    expect(notes[0]!.body).toMatch(/mentor/);
    expect(notes[0]!.body).not.toContain("Completed peer mentor training");

    // The change applies to the member's live session at once.
    const session = await memberClient.get<{ user: { roles: Role[] } }>("/api/auth/session");
    expect(session.body.user?.roles).toEqual(["mentee", "mentor"]);
  });

  it("reaches the member's open browser in real time", async () => {
    const baseUrl = await listen(t.app);
    const { client } = await signedInClient(t, { roles: ["admin"] });
    const { client: memberClient, user: member } = await signedInClient(t, { roles: ["mentee"] });
    const socket = await connectSocket(baseUrl, { cookie: `mv_session=${memberClient.cookies.get("mv_session")}` });
    try {
      expect(await authenticate(socket)).toEqual({ ok: true });
      const arriving = nextEvent(socket, "notification:new");
      await client.put(`/api/admin/users/${member.id}/roles`, {
        roles: ["mentee", "mentor"],
        reason: "Trained and ready",
      });
      const [notification] = (await arriving) as [Notification];
      expect(notification).toMatchObject({
        kind: "role.changed",
        title: "You can now mentor",
        link: "/home",
        readAt: null,
      });
    } finally {
      socket.close();
    }
  });

  it("tells a member plainly when a role is taken away", async () => {
    const { client } = await signedInClient(t, { roles: ["admin"] });
    const member = await buildUser(t.ctx.db, { roles: ["mentee", "mentor"] });
    const res = await client.put(`/api/admin/users/${member.id}/roles`, {
      roles: ["mentee"],
      reason: "Stepping back for a while",
    });
    expect(res.status).toBe(200);
    const [note] = await notificationsOf(member.id);
    expect(note).toMatchObject({ title: "Your roles have changed" });
    expect(note!.body).toContain("You no longer have the mentor role");
    expect((await auditOf("role.changed", member.id))[0]!.details).toMatchObject({ added: [], removed: ["mentor"] });
  });

  it("records and sends nothing when the roles do not change", async () => {
    const { client } = await signedInClient(t, { roles: ["admin"] });
    const member = await buildUser(t.ctx.db, { roles: ["mentee"] });
    const res = await client.put(`/api/admin/users/${member.id}/roles`, { roles: ["mentee"], reason: "Just checking" });
    expect(res.status).toBe(200);
    expect(await auditOf("role.changed", member.id)).toHaveLength(0);
    expect(await notificationsOf(member.id)).toHaveLength(0);
  });

  it("requires a reason and known roles, and 404s an unknown member", async () => {
    const { client } = await signedInClient(t, { roles: ["admin"] });
    const member = await buildUser(t.ctx.db);
    const url = `/api/admin/users/${member.id}/roles`;
    const noReason = await client.put<{ error: { details: { field: string }[] } }>(url, { roles: ["mentor"] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.map((d) => d.field)).toContain("body.reason");
    expect((await client.put(url, { roles: ["mentor"], reason: "  " })).status).toBe(400);
    expect((await client.put(url, { roles: ["overlord"], reason: "promotion" })).status).toBe(400);
    expect((await client.put(url, { roles: ["mentor"], reason: "promotion", extra: true })).status).toBe(400);
    expect(
      (await client.put(`/api/admin/users/${randomUUID()}/roles`, { roles: ["mentor"], reason: "promotion" })).status,
    ).toBe(404);
    expect(await findRoles(t.ctx.db, member.id)).toEqual(["mentee"]);
  });
});

describe("administrator protection", () => {
  it("keeps the last administrator, and no administrator can remove their own admin role", async () => {
    // Own app: "last" means last in the whole database.
    const own = await createTestApp();
    try {
      const { client: a, user: adminA } = await signedInClient(own, { roles: ["admin"] });
      const last = await a.put<{ error: { code: string; message: string } }>(`/api/admin/users/${adminA.id}/roles`, {
        roles: ["mentor"],
        reason: "Handing over",
      });
      expect(last.status).toBe(409);
      expect(last.body.error.message).toMatch(/last administrator/);

      const { client: b, user: adminB } = await signedInClient(own, { roles: ["admin", "mentor"] });
      const self = await a.put<{ error: { message: string } }>(`/api/admin/users/${adminA.id}/roles`, {
        roles: [],
        reason: "Stepping down",
      });
      expect(self.status).toBe(409);
      expect(self.body.error.message).toMatch(/your own administrator role/);
      expect(await findRoles(own.ctx.db, adminA.id)).toEqual(["admin"]);

      const other = await b.put(`/api/admin/users/${adminA.id}/roles`, {
        roles: ["mentor"],
        reason: "Stepping down, asked B",
      });
      expect(other.status).toBe(200);
      expect(await findRoles(own.ctx.db, adminA.id)).toEqual(["mentor"]);
      expect(await countUsersWithRole(own.ctx.db, "admin")).toBe(1);
      // A is no longer an administrator: the very next request says so.
      expect((await a.get("/api/admin/users")).status).toBe(403);
      void adminB;
    } finally {
      await own.close();
    }
  });

  it("never ends with no administrator when two demote each other at once", async () => {
    const own = await createTestApp();
    try {
      // Straight to the service, so both transactions start together, and each, once past its
      // checks, waits (up to 500 ms) for the other to get there too: without the lock both would
      // pass "another administrator remains" and leave none.
      const adminA = await buildUser(own.ctx.db, { roles: ["admin"] });
      const adminB = await buildUser(own.ctx.db, { roles: ["admin"] });
      let arrived = 0;
      const bothArrived = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (arrived >= 2) resolve();
        }, 5);
        setTimeout(() => {
          clearInterval(check);
          resolve();
        }, 500);
      });
      const ctx = {
        ...own.ctx,
        audit: {
          record: async (...args: Parameters<typeof own.ctx.audit.record>) => {
            arrived++;
            await bothArrived;
            return own.ctx.audit.record(...args);
          },
        },
      };
      const actor = (userId: string) => ({ userId, ip: null, requestId: randomUUID(), userAgent: null });
      const results = await Promise.allSettled([
        setRoles(ctx, actor(adminA.id), { userId: adminB.id, roles: ["mentee"], reason: "race one" }),
        setRoles(ctx, actor(adminB.id), { userId: adminA.id, roles: ["mentee"], reason: "race two" }),
      ]);
      const outcomes = results.map((r) => (r.status === "fulfilled" ? 200 : (r.reason as AppError).status));
      expect(outcomes.sort()).toEqual([200, 409]);
      expect(await countUsersWithRole(own.ctx.db, "admin")).toBe(1);
    } finally {
      await own.close();
    }
  });
});
