import { randomUUID } from "node:crypto";
import type { Me } from "@mentalverse/shared";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, ManualClock, MINUTE } from "../../lib/clock.js";
import type { AppError } from "../../lib/errors.js";
import { hashToken, newSecretToken } from "../../lib/tokens.js";
import { countUsersWithRole } from "../users/user-repository.js";
import { announceFirstRunIfNeeded } from "./announce-first-run.js";
import { createFirstAdmin } from "./create-first-admin.js";
import { insertSetupToken } from "./setup-repository.js";

type ErrorBody = { error: { code: string; message: string; details?: { field: string }[] } };

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());
// Every test starts from a fresh install: no accounts, no setup links.
beforeEach(async () => {
  clock.set(new Date());
  await t.ctx.db.deleteFrom("users").execute();
  await t.ctx.db.deleteFrom("setup_tokens").execute();
});

/** Runs the first-run announcement and returns the token from the printed link. */
async function announce(): Promise<{ token: string | null; lines: string[] }> {
  const lines: string[] = [];
  await announceFirstRunIfNeeded(t.ctx, (line) => lines.push(line));
  const match = lines.join("\n").match(/\/setup\?token=([A-Za-z0-9_-]+)/);
  return { token: match?.[1] ?? null, lines };
}

const admin = (token: string, email = "first.admin@example.test") => ({
  token,
  email,
  password: "a long admin passphrase",
  displayName: "Harbor Keeper",
});

describe("first-run announcement", () => {
  it("prints a boxed one-time link at the public URL while no administrator exists", async () => {
    const { token, lines } = await announce();
    expect(token).toBeTruthy();
    const text = lines.join("\n");
    expect(text).toContain(`${t.ctx.config.publicUrl}/setup?token=${token}`);
    expect(text).toMatch(/within 24 hours/);
    expect(lines.some((l) => l.startsWith("┌"))).toBe(true);
    // Only the hash is stored.
    const rows = await t.ctx.db.selectFrom("setup_tokens").selectAll().execute();
    expect(rows.map((r) => r.id)).toEqual([hashToken(token!)]);
    expect(rows[0]!.expires_at.getTime() - clock.now().getTime()).toBe(DAY);
  });

  it("retires the earlier link when it prints a new one", async () => {
    const first = await announce();
    const second = await announce();
    expect(second.token).not.toBe(first.token);
    const stale = await t.client().post<ErrorBody>("/api/setup/first-admin", admin(first.token!));
    expect(stale.status).toBe(422);
    expect((await t.client().post("/api/setup/first-admin", admin(second.token!))).status).toBe(201);
  });

  it("stays silent once an administrator exists", async () => {
    await buildUser(t.ctx.db, { roles: ["admin"] });
    const { lines } = await announce();
    expect(lines).toEqual([]);
    expect(await t.ctx.db.selectFrom("setup_tokens").selectAll().execute()).toHaveLength(0);
  });
});

describe("first administrator", () => {
  it("creates the administrator, signs them in, uses up the link and closes setup", async () => {
    // Ordinary members who signed up before setup do not count as administrators.
    await buildUser(t.ctx.db, { roles: ["mentee"] });
    const anonymous = t.client();
    expect((await anonymous.get("/api/setup/status")).body).toEqual({ needsSetup: true });
    const { token } = await announce();

    const browser = t.client();
    const res = await browser.post<{ user: Me }>("/api/setup/first-admin", admin(token!));
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: "first.admin@example.test",
      displayName: "Harbor Keeper",
      roles: ["admin"],
    });
    expect((await browser.get<{ user: Me }>("/api/auth/session")).body.user?.roles).toEqual(["admin"]);
    expect((await browser.get("/api/admin/users")).status).toBe(200);

    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "setup.first_admin_created")
      .where("subject_id", "=", res.body.user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: res.body.user.id, subject_id: res.body.user.id });
    const [row] = await t.ctx.db.selectFrom("setup_tokens").selectAll().execute();
    expect(row!.used_at).not.toBeNull();

    expect((await anonymous.get("/api/setup/status")).body).toEqual({ needsSetup: false });
    const again = await t.client().post<ErrorBody>("/api/setup/first-admin", admin(token!, "second@example.test"));
    expect(again.status).toBe(409);
    expect(await countUsersWithRole(t.ctx.db, "admin")).toBe(1);
  });

  it("refuses a wrong or expired token with 422 on the token field", async () => {
    const { token } = await announce();
    const wrong = await t.client().post<ErrorBody>("/api/setup/first-admin", admin(newSecretToken()));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details?.[0]?.field).toBe("token");

    clock.advance(DAY + MINUTE);
    const expired = await t.client().post<ErrorBody>("/api/setup/first-admin", admin(token!));
    expect(expired.status).toBe(422);
    expect(await countUsersWithRole(t.ctx.db, "admin")).toBe(0);
    expect(await t.ctx.db.selectFrom("users").select("id").execute()).toHaveLength(0);
  });

  it("refuses an email already in use without using up the link", async () => {
    const member = await buildUser(t.ctx.db, { email: "taken@example.test" });
    const { token } = await announce();
    const taken = await t.client().post<ErrorBody>("/api/setup/first-admin", admin(token!, member.email));
    expect(taken.status).toBe(409);
    expect(taken.body.error.details?.[0]?.field).toBe("email");
    expect((await t.client().post("/api/setup/first-admin", admin(token!, "other@example.test"))).status).toBe(201);
  });

  it("validates the body strictly", async () => {
    const { token } = await announce();
    const cases = [
      { ...admin(token!), password: "short" },
      { ...admin(token!), email: "not-an-email" },
      { ...admin(token!), displayName: "<script>" },
      { ...admin(token!), roles: ["admin"] },
      { email: "a@example.test" },
    ];
    for (const body of cases) {
      const res = await t.client().post<ErrorBody>("/api/setup/first-admin", body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
  });

  it("creates one administrator when two requests race with the same link", async () => {
    const { token } = await announce();
    const [a, b] = await Promise.all([
      t.client().post("/api/setup/first-admin", admin(token!, "a@example.test")),
      t.client().post("/api/setup/first-admin", admin(token!, "b@example.test")),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    expect(await countUsersWithRole(t.ctx.db, "admin")).toBe(1);
  });

  it("creates one administrator when two valid links race inside their transactions", async () => {
    // Two live tokens (say, two server processes started at once). Each request, once past its
    // checks, waits up to 500 ms for the other: only the admin-role lock keeps the second out.
    const tokens = [newSecretToken(), newSecretToken()];
    for (const token of tokens) {
      await insertSetupToken(t.ctx.db, {
        id: hashToken(token),
        now: clock.now(),
        expiresAt: new Date(clock.now().getTime() + DAY),
      });
    }
    let arrived = 0;
    const bothArrived = new Promise<void>((resolve) => {
      const check = setInterval(() => arrived >= 2 && resolve(), 5);
      setTimeout(() => {
        clearInterval(check);
        resolve();
      }, 500);
    });
    const ctx = {
      ...t.ctx,
      audit: {
        record: async (...args: Parameters<typeof t.ctx.audit.record>) => {
          arrived++;
          await bothArrived;
          return t.ctx.audit.record(...args);
        },
      },
    };
    const meta = () => ({ ip: null, requestId: randomUUID(), userAgent: null });
    const results = await Promise.allSettled(
      tokens.map((token, i) => createFirstAdmin(ctx, admin(token, `racer${i}@example.test`), meta(), null)),
    );
    const outcomes = results.map((r) => (r.status === "fulfilled" ? 201 : (r.reason as AppError).status)).sort();
    expect(outcomes).toEqual([201, 409]);
    expect(await countUsersWithRole(t.ctx.db, "admin")).toBe(1);
  });
});
