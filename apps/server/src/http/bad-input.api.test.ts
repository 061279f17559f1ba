import { randomUUID } from "node:crypto";
import { ROLES } from "@mentalverse/shared";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestClient } from "../../test/client.js";
import { signedInClient } from "../../test/factories.js";
import { createTestApp, type TestApp } from "../../test/harness.js";
import type { RegisteredRoute } from "./access.js";

const BODY_LIMIT = 4096;
let t: TestApp;
let client: TestClient;
let withBody: RegisteredRoute[];

beforeAll(async () => {
  t = await createTestApp({ env: { BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
  ({ client } = await signedInClient(t, { roles: [...ROLES] }));
  withBody = t.routes.filter((r) => r.url.startsWith("/api/") && r.hasBody);
});
afterAll(() => t.close());

let ipSuffix = 1;
// Each case comes from its own address so per-IP rate limits on public routes do not mask the answer.
beforeEach(() => {
  ipSuffix += 1;
  client.ip = `127.0.0.${ipSuffix}`;
});

// Ids are uuids; the one numeric parameter (an agreement version) gets a number, so every path is
// well formed and the body is what the route rejects.
const NUMERIC_PARAMS = new Set(["version", "epoch"]);
const url = (r: RegisteredRoute) =>
  r.url.replace(/:([A-Za-z]+)/g, (_, name: string) => (NUMERIC_PARAMS.has(name) ? "1" : randomUUID()));
const json = { "content-type": "application/json" };

/** Every route with a body answers garbage with a 4xx in the one error shape, never a 500. */
describe("bad input on every route with a body", () => {
  it("finds the routes with bodies", () => {
    expect(withBody.length).toBeGreaterThan(8);
  });

  it("malformed JSON is a 400 invalid_json", async () => {
    for (const r of withBody) {
      const res = await client.request(r.method, url(r), '{"broken": ', json);
      expect({ route: `${r.method} ${r.url}`, status: res.status }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 400,
      });
      expect(res.body).toMatchObject({ error: { code: "invalid_json" } });
    }
  });

  it("wrong types are a 400 with details naming the field", async () => {
    for (const r of withBody) {
      const res = await client.request(
        r.method,
        url(r),
        JSON.stringify({ email: 42, password: [], ids: "x", roles: 7 }),
        json,
      );
      expect(res.status, `${r.method} ${r.url}`).toBe(400);
      const body = res.body as { error: { code: string; details: { field: string; reason: string }[] } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.details.length).toBeGreaterThan(0);
      expect(body.error.details[0]?.field).toMatch(/^body/);
    }
  });

  it("a body that is not an object is a 400", async () => {
    for (const r of withBody) {
      const res = await client.request(r.method, url(r), "[1,2,3]", json);
      expect(res.status, `${r.method} ${r.url}`).toBe(400);
    }
  });

  it("unknown fields are a 400 naming the field", async () => {
    for (const r of withBody) {
      const res = await client.request(r.method, url(r), JSON.stringify({ surpriseField: true }), json);
      expect(res.status, `${r.method} ${r.url}`).toBe(400);
      const details = (res.body as { error: { details: { field: string }[] } }).error.details;
      expect(
        details.some((d) => d.field.includes("surpriseField")),
        `${r.method} ${r.url}`,
      ).toBe(true);
    }
  });

  it("an oversize body is a 413", async () => {
    const big = JSON.stringify({ filler: "x".repeat(BODY_LIMIT * 2) });
    for (const r of withBody) {
      const res = await client.request(r.method, url(r), big, json);
      expect(res.status, `${r.method} ${r.url}`).toBe(413);
      expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
    }
  });

  it("a body that is not JSON is a 415", async () => {
    for (const r of withBody) {
      const res = await client.request(r.method, url(r), "email=a", {
        "content-type": "application/x-www-form-urlencoded",
      });
      expect(res.status, `${r.method} ${r.url}`).toBe(415);
    }
  });
});
