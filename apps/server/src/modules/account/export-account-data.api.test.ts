import type { AccountExport } from "@mentalverse/shared";
import { AccountExportSchema } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditEventsOf } from "../../../test/inspect.js";
import { replaceRoles } from "../users/user-repository.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("export of one's own data", () => {
  it("holds the member's profile, roles, sessions, notifications and activity, and nothing secret", async () => {
    const { client, user } = await signedInClient(t, { roles: ["mentee", "mentor"] });
    await client.patch("/api/account/profile", { realName: "Robin Vale" });
    await t.ctx.db
      .insertInto("notifications")
      .values({
        user_id: user.id,
        kind: "welcome",
        title: "Welcome",
        body: "Glad you are here",
        created_at: t.clock.now(),
      })
      .execute();
    const other = await buildUser(t.ctx.db);
    await t.ctx.db
      .insertInto("notifications")
      .values({
        user_id: other.id,
        kind: "welcome",
        title: "Not yours",
        body: "Someone else's",
        created_at: t.clock.now(),
      })
      .execute();
    // A staff action concerning this member: recorded, but the staff member's address stays private.
    const admin = await buildUser(t.ctx.db, { roles: ["admin"] });
    await t.ctx.audit.record({
      action: "role.changed",
      actorId: admin.id,
      subjectId: user.id,
      ip: "192.0.2.9",
      details: { reason: "asked" },
    });
    await replaceRoles(t.ctx.db, user.id, ["mentee", "mentor"], admin.id, t.clock.now());

    const res = await client.get<AccountExport>("/api/account/export");
    expect(res.status).toBe(200);
    const day = t.clock.now().toISOString().slice(0, 10);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="mentalverse-export-${day}.json"`);
    expect(res.headers["cache-control"]).toBe("no-store");
    const data = AccountExportSchema.parse(res.body);

    expect(data.profile).toMatchObject({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      realName: "Robin Vale",
    });
    expect(data.roles.map((r) => r.role)).toEqual(["mentee", "mentor"]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ current: true, ip: "127.0.0.1" });
    expect(data.notifications.map((n) => n.title)).toEqual(["Welcome"]);
    const actions = data.activity.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.sign_in", "account.profile_updated", "role.changed"]));
    const staffEvent = data.activity.find((a) => a.action === "role.changed");
    expect(staffEvent).toMatchObject({ by: "another_account", ip: null, details: {} });
    expect(data.activity.find((a) => a.action === "auth.sign_in")).toMatchObject({ by: "you", ip: "127.0.0.1" });

    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/password_hash|passwordHash|\$argon2/);
    const sessionIds = await t.ctx.db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute();
    for (const { id } of sessionIds) expect(text).not.toContain(id);
    expect(text).not.toContain(admin.id);
    expect(text).not.toContain("192.0.2.9");
    expect(text).not.toContain("Someone else's");
  });

  it("includes what the member answered while onboarding: screening, measures, intent and profile", async () => {
    const { client } = await signedInClient(t);
    await client.put("/api/onboarding/intent", { seekSupport: true, offerMentorship: false });
    await client.put("/api/screening/current", { answers: { q1: true, q2: false, q6: false } });
    await client.put("/api/measures/responses/gad7", { answers: { item1: 1 } });
    const res = await client.get<AccountExport>("/api/account/export");
    expect(res.status).toBe(200);
    expect(AccountExportSchema.parse(res.body)).toBeTruthy();
    expect(res.body.onboarding).toMatchObject({ intent: { seekSupport: true, offerMentorship: false } });
    expect(res.body.screenings).toHaveLength(1);
    expect(res.body.screenings[0]).toMatchObject({ answers: { q1: true, q2: false, q6: false } });
    expect(res.body.matchingProfile).toBeTruthy();
    expect(res.body.mentorApplication).toBeNull();
    expect(res.body.measures).toMatchObject({ drafts: [expect.objectContaining({ instrument: "gad7" })] });
  });

  it("is audited", async () => {
    const { client, user } = await signedInClient(t);
    await client.get("/api/account/export");
    const exported = (await auditEventsOf(t.ctx.db, user.id)).filter((e) => e.action === "account.exported");
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ actor_id: user.id, subject_id: user.id, ip: "127.0.0.1" });
    expect(exported[0]?.request_id).toBeTruthy();
  });

  it("is only for signed-in members", async () => {
    expect((await t.client().get("/api/account/export")).status).toBe(401);
  });
});
