import type { CrisisResources } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const none = { q1: false, q2: false, q6: false };

describe("GET /api/screening/crisis-resources", () => {
  it("gives the international lines when no screening named a country", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<CrisisResources>("/api/screening/crisis-resources");
    expect(res.status).toBe(200);
    expect(res.body.country).toBeNull();
    expect(res.body.resources.map((r) => r.name)).not.toContain("Samaritans");
    expect(res.body.resources.length).toBeGreaterThan(0);
  });

  it("puts the lines of the country from the member's latest screening first", async () => {
    const { client } = await signedInClient(t);
    expect((await client.put("/api/screening/current", { answers: none })).status).toBe(200);
    expect((await client.post("/api/screening/current/submit", { country: "GB" })).status).toBe(200);
    const res = await client.get<CrisisResources>("/api/screening/crisis-resources");
    expect(res.body.country).toBe("GB");
    expect(res.body.resources[0]?.name).toBe("Samaritans");
  });

  it("is for signed-in members only", async () => {
    expect((await t.client().get("/api/screening/crisis-resources")).status).toBe(401);
  });
});
