import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditActionsOf, lastMailTo, resetTokenFromOutbox, sessionCount } from "../../../test/inspect.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";

type Failure = { error: { code: string; details?: { field: string }[] } };
const NEW_PASSWORD = "a brand new long passphrase";

let t: TestApp;
let clock: ManualClock;
let ip = 0;
const client = (): TestClient => {
  const c = t.client();
  ip += 1;
  c.ip = `10.3.0.${ip}`;
  return c;
};
const outboxCount = async () => (await t.ctx.db.selectFrom("mail_outbox").select("id").execute()).length;

beforeAll(async () => {
  t = await createTestApp();
  clock = t.clock as ManualClock;
});
afterAll(() => t.close());

describe("password reset through the outbox", () => {
  it("mails a link, sets the new password, signs out everywhere and tells the member", async () => {
    const user = await buildUser(t.ctx.db);
    const laptop = client();
    await laptop.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const disconnect = vi.spyOn(t.ctx.realtime, "disconnectUser");

    const asked = await client().post("/api/auth/password-reset/request", { email: user.email.toUpperCase() });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ ok: true });
    const mail = await lastMailTo(t.ctx.db, user.email);
    expect(mail).toMatchObject({ status: "outbox", subject: "Reset your MentalVerse password" });
    expect(mail?.text_body).toContain(`${t.ctx.config.publicUrl}/reset-password?token=`);
    const token = await resetTokenFromOutbox(t.ctx.db, user.email);
    const stored = await t.ctx.db
      .selectFrom("password_reset_tokens")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored.map((r) => r.id)).not.toContain(token);

    const done = await client().post("/api/auth/password-reset/complete", { token, password: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(await sessionCount(t.ctx.db, user.id)).toBe(0);
    expect((await laptop.get<{ user: unknown }>("/api/auth/session")).body.user).toBeNull();
    expect(disconnect).toHaveBeenCalledWith(user.id);
    disconnect.mockRestore();
    expect((await lastMailTo(t.ctx.db, user.email))?.subject).toBe("Your MentalVerse password was changed");

    const c = client();
    expect((await c.post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(401);
    expect((await c.post("/api/auth/sign-in", { email: user.email, password: NEW_PASSWORD })).status).toBe(200);
    const actions = await auditActionsOf(t.ctx.db, user.id);
    expect(actions).toEqual(expect.arrayContaining(["auth.password_reset_requested", "auth.password_reset_completed"]));
  });

  it("answers an unknown email exactly the same, and mails nothing", async () => {
    const before = await outboxCount();
    const res = await client().post("/api/auth/password-reset/request", { email: "nobody-here@example.test" });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ ok: true });
    expect(await outboxCount()).toBe(before);
  });

  it("a link works once", async () => {
    const user = await buildUser(t.ctx.db);
    await client().post("/api/auth/password-reset/request", { email: user.email });
    const token = await resetTokenFromOutbox(t.ctx.db, user.email);
    expect((await client().post("/api/auth/password-reset/complete", { token, password: NEW_PASSWORD })).status).toBe(
      200,
    );
    const again = await client().post<Failure>("/api/auth/password-reset/complete", {
      token,
      password: "yet another passphrase",
    });
    expect(again.status).toBe(422);
    expect(again.body.error.details?.[0]?.field).toBe("token");
  });

  it("a link expires after an hour", async () => {
    const user = await buildUser(t.ctx.db);
    await client().post("/api/auth/password-reset/request", { email: user.email });
    const token = await resetTokenFromOutbox(t.ctx.db, user.email);
    clock.advance(61 * MINUTE);
    try {
      const late = await client().post<Failure>("/api/auth/password-reset/complete", { token, password: NEW_PASSWORD });
      expect(late.status).toBe(422);
      expect(late.body.error.details?.[0]?.field).toBe("token");
    } finally {
      clock.advance(-61 * MINUTE);
    }
    const c = client();
    expect((await c.post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(200);
  });

  it("asking again voids the earlier link", async () => {
    const user = await buildUser(t.ctx.db);
    await client().post("/api/auth/password-reset/request", { email: user.email });
    const first = await resetTokenFromOutbox(t.ctx.db, user.email);
    clock.advance(1000);
    await client().post("/api/auth/password-reset/request", { email: user.email });
    const second = await resetTokenFromOutbox(t.ctx.db, user.email);
    expect(second).not.toBe(first);
    expect(
      (await client().post("/api/auth/password-reset/complete", { token: first, password: NEW_PASSWORD })).status,
    ).toBe(422);
    expect(
      (await client().post("/api/auth/password-reset/complete", { token: second, password: NEW_PASSWORD })).status,
    ).toBe(200);
  });

  it("an unknown token is 422 and a weak new password is 400", async () => {
    const unknown = await client().post<Failure>("/api/auth/password-reset/complete", {
      token: "x".repeat(43),
      password: NEW_PASSWORD,
    });
    expect(unknown.status).toBe(422);
    const weak = await client().post<Failure>("/api/auth/password-reset/complete", {
      token: "x".repeat(43),
      password: "short",
    });
    expect(weak.status).toBe(400);
  });

  it("lifts a lockout, since the member proved they own the mailbox", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    for (let i = 0; i < t.ctx.config.LOGIN_MAX_FAILURES; i++) {
      await c.post("/api/auth/sign-in", { email: user.email, password: "wrong wrong wrong" });
    }
    expect((await c.post<Failure>("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(
      423,
    );
    await client().post("/api/auth/password-reset/request", { email: user.email });
    const token = await resetTokenFromOutbox(t.ctx.db, user.email);
    await client().post("/api/auth/password-reset/complete", { token, password: NEW_PASSWORD });
    expect((await c.post("/api/auth/sign-in", { email: user.email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it("limits reset requests to 5 per 15 minutes from one address", async () => {
    const c = client();
    for (let i = 0; i < 5; i++) {
      expect((await c.post("/api/auth/password-reset/request", { email: `someone${i}@example.test` })).status).toBe(
        202,
      );
    }
    const limited = await c.post<Failure>("/api/auth/password-reset/request", { email: "someone@example.test" });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
  });
});
