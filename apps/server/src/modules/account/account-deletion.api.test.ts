import type { Me } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditEventsOf, lastMailTo, sessionCount } from "../../../test/inspect.js";
import { purgeDeletedAccountsJob } from "../../jobs/definitions/purge-deleted-accounts.js";
import { DAY, type ManualClock } from "../../lib/clock.js";

type Failure = { error: { code: string; details?: { field: string }[] } };
const GRACE_DAYS = 7;

let t: TestApp;
let clock: ManualClock;
const userRow = (id: string) => t.ctx.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

beforeAll(async () => {
  t = await createTestApp({ env: { ACCOUNT_DELETION_GRACE_DAYS: String(GRACE_DAYS) } });
  clock = t.clock as ManualClock;
});
afterAll(() => t.close());

describe("account deletion with a grace period", () => {
  it("needs the password", async () => {
    const { client, user } = await signedInClient(t);
    const res = await client.post<Failure>("/api/account/deletion", { password: "not my password" });
    expect(res.status).toBe(422);
    expect(res.body.error.details?.[0]?.field).toBe("password");
    expect((await userRow(user.id))?.deletion_scheduled_for).toBeNull();
  });

  it("schedules deletion, signs out other devices, mails the date, and can be cancelled", async () => {
    const { client, user } = await signedInClient(t);
    const phone = t.client();
    phone.ip = "10.5.0.2";
    await phone.post("/api/auth/sign-in", { email: user.email, password: user.password });
    expect(await sessionCount(t.ctx.db, user.id)).toBe(2);

    const res = await client.post<{ deletionScheduledFor: string }>("/api/account/deletion", {
      password: user.password,
    });
    expect(res.status).toBe(200);
    const expected = new Date(clock.now().getTime() + GRACE_DAYS * DAY).toISOString();
    expect(res.body.deletionScheduledFor).toBe(expected);
    expect(await sessionCount(t.ctx.db, user.id)).toBe(1);
    expect((await client.get<{ user: Me }>("/api/auth/session")).body.user.deletionScheduledFor).toBe(expected);
    const mail = await lastMailTo(t.ctx.db, user.email);
    expect(mail?.subject).toBe("Your MentalVerse account is scheduled for deletion");

    // Asking twice keeps the first date.
    clock.advance(DAY);
    const again = await client.post<{ deletionScheduledFor: string }>("/api/account/deletion", {
      password: user.password,
    });
    expect(again.body.deletionScheduledFor).toBe(expected);

    const cancelled = await client.delete<Me>("/api/account/deletion");
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.deletionScheduledFor).toBeNull();
    const row = await userRow(user.id);
    expect(row?.deletion_scheduled_for).toBeNull();
    expect(row?.deletion_requested_at).toBeNull();
    const actions = (await auditEventsOf(t.ctx.db, user.id)).map((e) => e.action);
    expect(actions.filter((a) => a === "account.deletion_requested")).toHaveLength(1);
    expect(actions.filter((a) => a === "account.deletion_cancelled")).toHaveLength(1);

    clock.advance(GRACE_DAYS * DAY);
    await purgeDeletedAccountsJob.handle(t.ctx, {});
    expect(await userRow(user.id)).toBeDefined();
  });

  it("lets the member sign in during the grace period, with the date in Me", async () => {
    const { client, user } = await signedInClient(t);
    await client.post("/api/account/deletion", { password: user.password });
    await client.post("/api/auth/sign-out");
    const back = t.client();
    back.ip = "10.5.0.3";
    const res = await back.post<{ user: Me }>("/api/auth/sign-in", { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user.deletionScheduledFor).not.toBeNull();
  });

  it("the purge job removes the account and its data only after the grace period", async () => {
    const { client, user } = await signedInClient(t);
    const bystander = await buildUser(t.ctx.db);
    await t.ctx.db
      .insertInto("notifications")
      .values({ user_id: user.id, kind: "welcome", title: "Hello", body: "Hi", created_at: clock.now() })
      .execute();
    await client.post("/api/account/deletion", { password: user.password });
    const disconnect = vi.spyOn(t.ctx.realtime, "disconnectUser");

    clock.advance(GRACE_DAYS * DAY - 60_000);
    await purgeDeletedAccountsJob.handle(t.ctx, {});
    expect(await userRow(user.id)).toBeDefined();

    clock.advance(60_000);
    await purgeDeletedAccountsJob.handle(t.ctx, {});
    expect(await userRow(user.id)).toBeUndefined();
    expect(await userRow(bystander.id)).toBeDefined();
    expect(disconnect).toHaveBeenCalledWith(user.id);
    disconnect.mockRestore();
    expect(await sessionCount(t.ctx.db, user.id)).toBe(0);
    const leftovers = await Promise.all([
      t.ctx.db.selectFrom("user_roles").select("role").where("user_id", "=", user.id).execute(),
      t.ctx.db.selectFrom("notifications").select("id").where("user_id", "=", user.id).execute(),
      t.ctx.db.selectFrom("mail_outbox").select("id").where("to_address", "=", user.email).execute(),
    ]);
    expect(leftovers.map((rows) => rows.length)).toEqual([0, 0, 0]);

    const purged = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "account.purged")
      .where("subject_id", "=", user.id)
      .execute();
    expect(purged).toHaveLength(1);
    expect(purged[0]).toMatchObject({ subject_id: user.id, actor_id: null, ip: null, details: {} });
    expect(JSON.stringify(purged)).not.toContain(user.email);

    expect((await client.get<{ user: Me | null }>("/api/auth/session")).body.user).toBeNull();
    const again = t.client();
    again.ip = "10.5.0.4";
    expect((await again.post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(401);
  });
});
