import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";

const redisUrl = process.env.TEST_REDIS_URL;

/** Two server processes behind one Redis count one address's attempts together. */
describe.skipIf(!redisUrl)("rate limits shared through Redis", () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({ env: { REDIS_URL: redisUrl as string } });
    b = await createTestApp({ env: { REDIS_URL: redisUrl as string } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("counts reset requests from one address across both processes", async () => {
    // A fresh address per run: counts in Redis outlive this test for the window's length.
    const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    const [ca, cb] = [a.client(), b.client()];
    ca.ip = ip;
    cb.ip = ip;
    const ask = (c: typeof ca) => c.post("/api/auth/password-reset/request", { email: "someone@example.test" });
    const statuses = [await ask(ca), await ask(cb), await ask(ca), await ask(cb), await ask(ca)].map((r) => r.status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const limited = await ask(cb);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: "rate_limited" } });

    const elsewhere = b.client();
    elsewhere.ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    expect((await ask(elsewhere)).status).toBe(202);
  });
});
