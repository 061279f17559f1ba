import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("API documentation", () => {
  it("serves an OpenAPI document generated from the route schemas", async () => {
    const res = await t
      .client()
      .get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const signUp = res.body.paths["/api/auth/sign-up"]?.post as {
      requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    expect(Object.keys(signUp.requestBody?.content["application/json"]?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(["email", "password", "displayName"]),
    );
    for (const route of t.routes.filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs"))) {
      if (route.url === "/api/openapi.json") continue;
      const path = route.url.replace(/:([A-Za-z]+)/g, "{$1}");
      expect(res.body.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it("serves a docs page", async () => {
    const res = await t.client().request("GET", "/api/docs/");
    expect(res.status).toBe(200);
    expect(String(res.body)).toMatch(/swagger/i);
  });
});
