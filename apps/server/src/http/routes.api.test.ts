import { randomUUID } from "node:crypto";
import { ROLES } from "@mentalverse/shared";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../test/factories.js";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { installAccessControl, type RegisteredRoute } from "./access.js";
import type { App } from "./types.js";

/** Routes anyone may call. Adding a public route means adding it here, on purpose. */
const PUBLIC_ROUTES = [
  "GET /api/health",
  "GET /api/openapi.json",
  "GET /api/auth/session",
  "POST /api/auth/sign-up",
  "POST /api/auth/sign-in",
  "POST /api/auth/sign-out",
  "POST /api/auth/password-reset/request",
  "POST /api/auth/password-reset/complete",
  "GET /api/setup/status",
  "POST /api/setup/first-admin",
];

const key = (r: RegisteredRoute) => `${r.method} ${r.url}`;
const concreteUrl = (url: string) => url.replace(/:[A-Za-z]+/g, randomUUID());
const isDocs = (r: RegisteredRoute) => r.url.startsWith("/api/docs");

let t: TestApp;
let apiRoutes: RegisteredRoute[];
beforeAll(async () => {
  t = await createTestApp();
  apiRoutes = t.routes.filter((r) => r.url.startsWith("/api/") && !isDocs(r));
});
afterAll(() => t.close());

describe("every registered route declares who may call it", () => {
  it("registers the foundation's routes", () => {
    const keys = apiRoutes.map(key);
    for (const expected of ["GET /api/auth/session", "PUT /api/admin/users/:id/roles", "GET /api/notifications"]) {
      expect(keys).toContain(expected);
    }
  });

  it("exposes exactly the explicit public list without a session", () => {
    const publicRoutes = apiRoutes.filter((r) => r.access === "public").map(key);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it("rejects anonymous requests to every other route with 401", async () => {
    const anonymous = t.client();
    const guarded = apiRoutes.filter((r) => r.access !== "public");
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const res = await anonymous.request(
        route.method,
        concreteUrl(route.url),
        route.method === "GET" ? undefined : {},
      );
      expect({ route: key(route), status: res.status }).toEqual({ route: key(route), status: 401 });
      expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
    }
  });

  it("rejects members without the required role with 403 on every role-restricted route", async () => {
    const restricted = apiRoutes.filter((r) => typeof r.access === "object");
    expect(restricted.some((r) => typeof r.access === "object" && r.access.roles.includes("admin"))).toBe(true);
    // One member per role set: a sign-in per route would run into the per-address sign-in limit.
    const clients = new Map<string, Awaited<ReturnType<typeof signedInClient>>["client"]>();
    for (const route of restricted) {
      if (typeof route.access !== "object") continue;
      const allowed = route.access.roles;
      const others = ROLES.filter((role) => !allowed.includes(role));
      const roleSet = others.join(",");
      const client = clients.get(roleSet) ?? (await signedInClient(t, { roles: others })).client;
      clients.set(roleSet, client);
      const res = await client.request(route.method, concreteUrl(route.url), route.method === "GET" ? undefined : {});
      expect({ route: key(route), status: res.status }).toEqual({ route: key(route), status: 403 });
    }
  });

  it("refuses to register a route that declares no access", async () => {
    const app = Fastify() as unknown as App;
    await app.register(import("@fastify/cookie"));
    installAccessControl(app, t.ctx, []);
    expect(() => app.get("/api/undeclared", async () => "oops")).toThrow(/declares no access/);
    await app.close();
  });
});
