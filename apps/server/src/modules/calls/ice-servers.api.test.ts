import { createHmac } from "node:crypto";
import type { IceServersResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";

const SECRET = "coturn-static-auth-secret-for-tests";
const TURN = "turn:turn.example.test:3478?transport=udp";
const TURNS = "turns:turn.example.test:5349?transport=tcp";
let withTurn: TestApp;
let withoutSecret: TestApp;
beforeAll(async () => {
  withTurn = await createTestApp({
    env: {
      STUN_URLS: "stun:stun.example.test:3478, stun:stun2.example.test:3478",
      TURN_URLS: `${TURN},${TURNS}`,
      TURN_SECRET: SECRET,
      TURN_CREDENTIAL_TTL_SECONDS: "600",
    },
  });
  withoutSecret = await createTestApp({ env: { STUN_URLS: "stun:stun.example.test:3478", TURN_URLS: TURN } });
});
afterAll(async () => {
  await withTurn?.close();
  await withoutSecret?.close();
});

describe("GET /api/calls/ice-servers", () => {
  it("is for signed-in members only", async () => {
    const res = await withTurn.client().get("/api/calls/ice-servers");
    expect(res.status).toBe(401);
  });

  it("hands out STUN and a TURN credential coturn accepts until now + ttl, and a fresh one each time", async () => {
    const { client, user } = await signedInClient(withTurn);
    const res = await client.get<IceServersResponse>("/api/calls/ice-servers");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body.ttlSeconds).toBe(600);
    const [stun, turn, ...rest] = res.body.iceServers;
    expect(rest).toEqual([]);
    expect(stun).toEqual({ urls: ["stun:stun.example.test:3478", "stun:stun2.example.test:3478"] });
    expect(turn?.urls).toEqual([TURN, TURNS]);

    // coturn (use-auth-secret) splits the username at ':' for the expiry and recomputes the HMAC.
    const [expiry, who] = (turn?.username ?? "").split(":");
    const nowSeconds = Math.floor(withTurn.clock.now().getTime() / 1000);
    expect(Number(expiry)).toBe(nowSeconds + 600);
    expect(who).toBe(user.id);
    const expected = createHmac("sha1", SECRET)
      .update(turn?.username ?? "")
      .digest("base64");
    expect(turn?.credential).toBe(expected);
    const forged = createHmac("sha1", "some-other-secret-of-enough-length")
      .update(turn?.username ?? "")
      .digest("base64");
    expect(turn?.credential).not.toBe(forged);

    (withTurn.clock as ManualClock).advance(5 * MINUTE);
    const later = await client.get<IceServersResponse>("/api/calls/ice-servers");
    const laterTurn = later.body.iceServers[1];
    expect(laterTurn?.username).toBe(`${nowSeconds + 300 + 600}:${user.id}`);
    expect(laterTurn?.credential).not.toBe(turn?.credential);
  });

  it("gives each member a credential in their own name", async () => {
    const a = await signedInClient(withTurn);
    const b = await signedInClient(withTurn);
    const usernameOf = async (c: typeof a) =>
      (await c.client.get<IceServersResponse>("/api/calls/ice-servers")).body.iceServers[1]?.username;
    expect(await usernameOf(a)).toMatch(new RegExp(`:${a.user.id}$`));
    expect(await usernameOf(b)).toMatch(new RegExp(`:${b.user.id}$`));
  });

  it("offers no TURN server without TURN_SECRET, whatever TURN_URLS says", async () => {
    const { client } = await signedInClient(withoutSecret);
    const res = await client.get<IceServersResponse>("/api/calls/ice-servers");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ iceServers: [{ urls: ["stun:stun.example.test:3478"] }], ttlSeconds: 3600 });
    expect(JSON.stringify(res.body)).not.toContain("turn:");
  });
});
