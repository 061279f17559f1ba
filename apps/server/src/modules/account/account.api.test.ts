import type { Me } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditEventsOf, lastMailTo, sessionCount } from "../../../test/inspect.js";

type Failure = { error: { code: string; details?: { field: string }[] } };

let t: TestApp;
let ip = 0;
const client = (): TestClient => {
  const c = t.client();
  ip += 1;
  c.ip = `10.4.0.${ip}`;
  return c;
};
const signIn = async (email: string, password: string) => {
  const c = client();
  const res = await c.post("/api/auth/sign-in", { email, password });
  expect(res.status).toBe(200);
  return c;
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("profile", () => {
  it("changes the display name and the private real name, and audits which fields changed", async () => {
    const { client: c, user } = await signedInClient(t);
    const res = await c.patch<Me>("/api/account/profile", { displayName: "  StillWater ", realName: "Sam Lake" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, displayName: "StillWater", realName: "Sam Lake" });
    expect((await c.get<{ user: Me }>("/api/auth/session")).body.user.displayName).toBe("StillWater");

    const cleared = await c.patch<Me>("/api/account/profile", { realName: null });
    expect(cleared.body).toMatchObject({ displayName: "StillWater", realName: null });

    const events = (await auditEventsOf(t.ctx.db, user.id)).filter((e) => e.action === "account.profile_updated");
    expect(events.map((e) => e.details.fields)).toEqual(
      expect.arrayContaining([["displayName", "realName"], ["realName"]]),
    );
    expect(JSON.stringify(events)).not.toContain("Sam Lake");
  });

  it("refuses an empty update, a bad display name and unknown fields with 400", async () => {
    const { client: c } = await signedInClient(t);
    expect((await c.patch("/api/account/profile", {})).status).toBe(400);
    const bad = await c.patch<Failure>("/api/account/profile", { displayName: "<script>" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.field).toBe("body.displayName");
    expect((await c.patch("/api/account/profile", { email: "new@example.test" })).status).toBe(400);
  });

  it("is only for signed-in members", async () => {
    expect((await client().patch("/api/account/profile", { displayName: "Nobody" })).status).toBe(401);
  });
});

describe("password change", () => {
  it("needs the current password, then signs out every other session and sends a notice", async () => {
    const user = await buildUser(t.ctx.db);
    const here = await signIn(user.email, user.password);
    const phone = await signIn(user.email, user.password);
    const disconnect = vi.spyOn(t.ctx.realtime, "disconnectUser");

    const wrong = await here.post<Failure>("/api/account/password", {
      currentPassword: "not it at all",
      newPassword: "a fresh long passphrase",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details?.[0]?.field).toBe("currentPassword");
    expect(await sessionCount(t.ctx.db, user.id)).toBe(2);

    const res = await here.post("/api/account/password", {
      currentPassword: user.password,
      newPassword: "a fresh long passphrase",
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(await sessionCount(t.ctx.db, user.id)).toBe(1);
    expect((await here.get<{ user: Me | null }>("/api/auth/session")).body.user?.id).toBe(user.id);
    expect((await phone.get<{ user: Me | null }>("/api/auth/session")).body.user).toBeNull();
    expect(disconnect).toHaveBeenCalledWith(user.id);
    disconnect.mockRestore();

    expect((await lastMailTo(t.ctx.db, user.email))?.subject).toBe("Your MentalVerse password was changed");
    expect((await auditEventsOf(t.ctx.db, user.id)).map((e) => e.action)).toContain("account.password_changed");
    expect((await client().post("/api/auth/sign-in", { email: user.email, password: user.password })).status).toBe(401);
    expect(
      (await client().post("/api/auth/sign-in", { email: user.email, password: "a fresh long passphrase" })).status,
    ).toBe(200);
  });

  it("refuses a weak new password with 400", async () => {
    const { client: c, user } = await signedInClient(t);
    const res = await c.post<Failure>("/api/account/password", { currentPassword: user.password, newPassword: "tiny" });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0]?.field).toBe("body.newPassword");
  });
});
