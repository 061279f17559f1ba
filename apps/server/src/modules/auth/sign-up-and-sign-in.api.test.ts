import { CSRF_HEADER, type Me } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditActionsOf, sessionCount } from "../../../test/inspect.js";
import { HOUR, type ManualClock } from "../../lib/clock.js";
import { hashToken } from "../../lib/tokens.js";

type Session = { user: Me | null };
type Failure = { error: { code: string; message: string; details?: { field: string; reason: string }[] } };

let t: TestApp;
const clock = () => t.clock as ManualClock;
let ipCounter = 0;
// A fresh address per client keeps the per-IP limits on these routes out of unrelated tests.
const client = () => {
  const c = t.client();
  ipCounter += 1;
  c.ip = `10.1.0.${ipCounter}`;
  return c;
};
const signUpBody = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@example.test`,
  password: "a long and private passphrase",
  displayName: "QuietRiver",
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("sign-up", () => {
  it("creates a mentee, signs them in and records the event", async () => {
    const c = client();
    const body = signUpBody({ email: "  River@Example.TEST ", realName: "Riley Stone" });
    const res = await c.post<Session>("/api/auth/sign-up", body);
    expect(res.status).toBe(201);
    const me = res.body.user as Me;
    expect(me).toMatchObject({
      email: "river@example.test",
      displayName: "QuietRiver",
      realName: "Riley Stone",
      roles: ["mentee"],
    });
    expect(me.deletionScheduledFor).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);

    const session = await c.get<Session>("/api/auth/session");
    expect(session.body.user?.id).toBe(me.id);
    expect(await auditActionsOf(t.ctx.db, me.id)).toEqual(["auth.sign_up"]);
  });

  it("sets an httpOnly, SameSite=Lax session cookie holding a token whose hash is the session id", async () => {
    const c = client();
    const res = await c.post<Session>("/api/auth/sign-up", signUpBody());
    const setCookie = [res.headers["set-cookie"]].flat().map(String);
    const cookie = setCookie.find((line) => line.startsWith("mv_session="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // http://127.0.0.1 in tests; https PUBLIC_URL adds Secure
    const token = c.cookies.get("mv_session") as string;
    const row = await t.ctx.db.selectFrom("sessions").selectAll().where("id", "=", hashToken(token)).executeTakeFirst();
    expect(row?.user_id).toBe(res.body.user?.id);
    const ttl = (row?.expires_at.getTime() ?? 0) - t.clock.now().getTime();
    expect(ttl).toBe(t.ctx.config.SESSION_TTL_HOURS * HOUR);
    const stored = await t.ctx.db.selectFrom("sessions").select("id").execute();
    expect(stored.map((s) => s.id)).not.toContain(token);
  });

  it("refuses a taken email with 409 naming the field, whatever its case", async () => {
    const existing = await buildUser(t.ctx.db);
    const res = await client().post<Failure>("/api/auth/sign-up", signUpBody({ email: existing.email.toUpperCase() }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(res.body.error.details).toEqual([{ field: "email", reason: "Already registered" }]);
  });

  it("refuses a weak password with 400 naming the field", async () => {
    const res = await client().post<Failure>("/api/auth/sign-up", signUpBody({ password: "short" }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details?.map((d) => d.field)).toEqual(["body.password"]);
  });

  it("refuses unknown fields with 400, so a client cannot slip in roles", async () => {
    const res = await client().post<Failure>("/api/auth/sign-up", signUpBody({ roles: ["admin"] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details?.some((d) => d.field.includes("roles"))).toBe(true);
    const admins = await t.ctx.db.selectFrom("user_roles").select("user_id").where("role", "=", "admin").execute();
    expect(admins).toEqual([]);
  });

  it("treats an empty real name as none", async () => {
    const c = client();
    const res = await c.post<Session>("/api/auth/sign-up", signUpBody({ realName: "" }));
    expect(res.body.user?.realName).toBeNull();
  });
});

describe("sign-in and sign-out", () => {
  it("signs in with the right password, case-insensitively on the email, and audits it", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    const res = await c.post<Session>("/api/auth/sign-in", {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, email: user.email, roles: ["mentee"] });
    expect(c.cookies.has("mv_session")).toBe(true);
    expect(await auditActionsOf(t.ctx.db, user.id)).toContain("auth.sign_in");
    const row = await t.ctx.db
      .selectFrom("users")
      .select("last_sign_in_at")
      .where("id", "=", user.id)
      .executeTakeFirst();
    expect(row?.last_sign_in_at?.getTime()).toBe(t.clock.now().getTime());
  });

  it("answers a wrong password and an unknown email alike, with 401 invalid_credentials", async () => {
    const user = await buildUser(t.ctx.db);
    const wrong = await client().post<Failure>("/api/auth/sign-in", {
      email: user.email,
      password: "not the password",
    });
    const unknown = await client().post<Failure>("/api/auth/sign-in", {
      email: "nobody@example.test",
      password: "whatever it is",
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("invalid_credentials");
    }
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    const failed = await t.ctx.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "auth.sign_in_failed")
      .execute();
    expect(failed.map((e) => e.details.reason).sort()).toEqual(["unknown_email", "wrong_password"]);
  });

  it("replaces a session the browser already held instead of keeping both (no fixation)", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const first = c.cookies.get("mv_session");
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    expect(c.cookies.get("mv_session")).not.toBe(first);
    expect(await sessionCount(t.ctx.db, user.id)).toBe(1);
  });

  it("signs out: ends the session, clears the cookie, drops live sockets and audits it", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const token = c.cookies.get("mv_session") as string;
    const disconnect = vi.spyOn(t.ctx.realtime, "disconnectUser");
    const emit = vi.spyOn(t.ctx.realtime, "emitToUser");
    const res = await c.post("/api/auth/sign-out");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(c.cookies.has("mv_session")).toBe(false);
    expect(emit).toHaveBeenCalledWith(user.id, "session:ended", undefined);
    expect(disconnect).toHaveBeenCalledWith(user.id);
    emit.mockRestore();
    disconnect.mockRestore();
    expect(await sessionCount(t.ctx.db, user.id)).toBe(0);
    expect(await auditActionsOf(t.ctx.db, user.id)).toContain("auth.sign_out");

    // The old token no longer opens anything, even if a copy of the cookie survived.
    const replay = client();
    replay.cookies.set("mv_session", token);
    expect((await replay.get<Session>("/api/auth/session")).body.user).toBeNull();
    expect((await replay.get("/api/account/export")).status).toBe(401);
  });

  it("signing out without a session, or with an expired one, still answers ok and clears the cookie", async () => {
    expect((await client().post("/api/auth/sign-out")).status).toBe(200);
    const user = await buildUser(t.ctx.db);
    const c = client();
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    clock().advance((t.ctx.config.SESSION_TTL_HOURS + 1) * HOUR);
    try {
      expect((await c.get<Session>("/api/auth/session")).body.user).toBeNull();
      const res = await c.post("/api/auth/sign-out");
      expect(res.status).toBe(200);
      expect(c.cookies.has("mv_session")).toBe(false);
    } finally {
      clock().advance(-(t.ctx.config.SESSION_TTL_HOURS + 1) * HOUR);
    }
  });

  it("slides a session's expiry forward while the member keeps using it", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const ttl = t.ctx.config.SESSION_TTL_HOURS * HOUR;
    clock().advance(ttl - HOUR);
    try {
      expect((await c.get<Session>("/api/auth/session")).body.user?.id).toBe(user.id);
      clock().advance(2 * HOUR);
      expect((await c.get<Session>("/api/auth/session")).body.user?.id).toBe(user.id);
    } finally {
      clock().advance(-(ttl + HOUR));
    }
  });
});

describe("CSRF", () => {
  it("refuses a write without the header with 403 csrf_failed, and one with a wrong header too", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    await c.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const missing = await t.app.inject({
      method: "PATCH",
      url: "/api/account/profile",
      headers: { cookie, "content-type": "application/json" },
      payload: JSON.stringify({ displayName: "Hijacked" }),
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: { code: "csrf_failed" } });
    const wrong = await c.request<Failure>(
      "PATCH",
      "/api/account/profile",
      { displayName: "Hijacked" },
      { [CSRF_HEADER]: "x".repeat(32) },
    );
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe("csrf_failed");
    const row = await t.ctx.db.selectFrom("users").select("display_name").where("id", "=", user.id).executeTakeFirst();
    expect(row?.display_name).toBe(user.displayName);
  });

  it("guards sign-in too, so another site cannot sign a visitor into its own account", async () => {
    const user = await buildUser(t.ctx.db);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies.some((c) => c.name === "mv_session")).toBe(false);
  });
});
