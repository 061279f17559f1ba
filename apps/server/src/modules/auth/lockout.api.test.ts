import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditActionsOf } from "../../../test/inspect.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";

type Failure = { error: { code: string; message: string } };
const MAX_FAILURES = 3;
const LOCKOUT_MINUTES = 10;

let t: TestApp;
let clock: ManualClock;
let ip = 0;
const client = (): TestClient => {
  const c = t.client();
  ip += 1;
  c.ip = `10.2.0.${ip}`;
  return c;
};

beforeAll(async () => {
  t = await createTestApp({
    env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCKOUT_MINUTES: String(LOCKOUT_MINUTES) },
  });
  clock = t.clock as ManualClock;
});
afterAll(() => t.close());

describe("temporary lockout after repeated failures", () => {
  it("locks after LOGIN_MAX_FAILURES wrong passwords, refuses even the right one, then lets the member in", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    const attempt = (password: string) => c.post<Failure>("/api/auth/sign-in", { email: user.email, password });

    for (let i = 1; i < MAX_FAILURES; i++) {
      expect((await attempt("wrong password!")).status).toBe(401);
    }
    const locking = await attempt("wrong password!");
    expect(locking.status).toBe(423);
    expect(locking.body.error.code).toBe("account_locked");
    expect(locking.body.error.message).toMatch(new RegExp(`Try again in ${LOCKOUT_MINUTES} minutes`));

    const whileLocked = await attempt(user.password);
    expect(whileLocked.status).toBe(423);
    expect(c.cookies.has("mv_session")).toBe(false);

    clock.advance((LOCKOUT_MINUTES - 1) * MINUTE);
    const almost = await attempt(user.password);
    expect(almost.status).toBe(423);
    expect(almost.body.error.message).toMatch(/Try again in 1 minute\b/);

    clock.advance(MINUTE + 1000);
    const after = await attempt(user.password);
    expect(after.status).toBe(200);
    expect(c.cookies.has("mv_session")).toBe(true);

    const actions = await auditActionsOf(t.ctx.db, user.id);
    expect(actions.filter((a) => a === "auth.locked")).toHaveLength(1);
    expect(actions.filter((a) => a === "auth.sign_in_failed")).toHaveLength(MAX_FAILURES + 2);
    expect(actions).toContain("auth.sign_in");
  });

  it("a successful sign-in resets the count, so earlier failures do not add up", async () => {
    const user = await buildUser(t.ctx.db);
    const c = client();
    for (let i = 1; i < MAX_FAILURES; i++)
      await c.post("/api/auth/sign-in", { email: user.email, password: "nope nope nope" });
    expect((await c.post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(200);
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect((await c.post("/api/auth/sign-in", { email: user.email, password: "nope nope nope" })).status).toBe(401);
    }
  });

  it("parallel guesses cannot get past the limit", async () => {
    const user = await buildUser(t.ctx.db);
    const guesses = Array.from({ length: MAX_FAILURES * 2 }, () =>
      client().post<Failure>("/api/auth/sign-in", { email: user.email, password: "parallel guess" }),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeLessThan(MAX_FAILURES);
    const row = await t.ctx.db.selectFrom("users").select("locked_until").where("id", "=", user.id).executeTakeFirst();
    expect(row?.locked_until?.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it("unknown emails never lock anything and always cost a password check", async () => {
    const c = client();
    for (let i = 0; i < MAX_FAILURES + 1; i++) {
      expect(
        (await c.post("/api/auth/sign-in", { email: "ghost@example.test", password: "anything at all" })).status,
      ).toBe(401);
    }
  });
});

describe("per-address rate limit on sign-in", () => {
  it("answers 429 rate_limited after 20 attempts a minute from one address, while other addresses carry on", async () => {
    const user = await buildUser(t.ctx.db);
    const noisy = client();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(
        (await noisy.post("/api/auth/sign-in", { email: `x${i}@example.test`, password: "guessing" })).status,
      );
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const limited = await noisy.post<Failure>("/api/auth/sign-in", { email: user.email, password: user.password });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(limited.headers["retry-after"]).toBeDefined();
    expect((await client().post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(200);
  });
});
