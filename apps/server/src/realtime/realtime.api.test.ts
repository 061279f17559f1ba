import type { Notification } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../test/factories.js";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent, receives } from "../../test/sockets.js";
import { hashToken } from "../lib/tokens.js";
import { deleteSession } from "../modules/auth/session-repository.js";

const AUTH_TIMEOUT_MS = 300;
let t: TestApp;
let baseUrl: string;
const open: ClientSocket[] = [];

beforeAll(async () => {
  t = await createTestApp({ env: { SOCKET_AUTH_TIMEOUT_MS: String(AUTH_TIMEOUT_MS) } });
  baseUrl = await listen(t.app);
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(() => t.close());

/** A signed-in member and an authenticated socket carrying their session cookie. */
async function memberSocket() {
  const { client, user } = await signedInClient(t);
  const token = client.cookies.get("mv_session") as string;
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${token}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return { socket, user, client, token };
}

describe("real-time channel", () => {
  it("delivers a member's notification to their socket, and to nobody else's", async () => {
    const me = await memberSocket();
    const other = await memberSocket();
    const arriving = nextEvent(me.socket, "notification:new");
    const elsewhere = receives(other.socket, "notification:new", 500);
    await t.ctx.notifier.notify(me.user.id, {
      kind: "test",
      title: "Hello",
      body: "A mentor replied",
      link: "/matches",
    });
    const [notification] = (await arriving) as [Notification];
    expect(notification).toMatchObject({ title: "Hello", body: "A mentor replied", link: "/matches", readAt: null });
    const listed = await me.client.get<{ notifications: Notification[] }>("/api/notifications");
    expect(listed.body.notifications[0]).toEqual(notification);
    expect(await elsewhere).toBe(false);
  });

  it("accepts the raw session token in the payload, for clients without cookies", async () => {
    const { client, user } = await signedInClient(t);
    const socket = await connectSocket(baseUrl);
    open.push(socket);
    expect(await authenticate(socket, { token: client.cookies.get("mv_session") as string })).toEqual({ ok: true });
    const arriving = nextEvent(socket, "notification:new");
    await t.ctx.notifier.notify(user.id, { kind: "test", title: "Token", body: "works" });
    expect(await arriving).toHaveLength(1);
  });

  it("drops a socket that does not authenticate in time", async () => {
    const socket = await connectSocket(baseUrl);
    open.push(socket);
    const started = Date.now();
    const [reason] = await nextEvent(socket, "disconnect", 3000);
    expect(reason).toBe("io server disconnect");
    expect(Date.now() - started).toBeGreaterThanOrEqual(AUTH_TIMEOUT_MS - 50);
  });

  it("refuses and drops a socket with no valid session", async () => {
    for (const headers of [{}, { cookie: "mv_session=forged-token" }] as Record<string, string>[]) {
      const socket = await connectSocket(baseUrl, headers);
      open.push(socket);
      const dropped = nextEvent(socket, "disconnect");
      expect(await authenticate(socket)).toEqual({ ok: false, error: "unauthenticated" });
      expect(await dropped).toEqual(["io server disconnect", undefined]);
    }
  });

  it("refuses a handshake a browser makes from another site", async () => {
    const { token } = await memberSocket();
    await expect(
      connectSocket(baseUrl, { cookie: `mv_session=${token}`, origin: "https://evil.example" }),
    ).rejects.toThrow();
    const sameHost = await connectSocket(baseUrl, { cookie: `mv_session=${token}`, origin: baseUrl });
    open.push(sameHost);
    expect(await authenticate(sameHost)).toEqual({ ok: true });
  });

  it("disconnects every socket of a member on request", async () => {
    const me = await memberSocket();
    const second = await connectSocket(baseUrl, { cookie: `mv_session=${me.token}` });
    open.push(second);
    await authenticate(second);
    const other = await memberSocket();
    const drops = [nextEvent(me.socket, "disconnect"), nextEvent(second, "disconnect")];
    t.ctx.realtime.disconnectUser(me.user.id);
    expect(await Promise.all(drops)).toEqual([
      ["io server disconnect", undefined],
      ["io server disconnect", undefined],
    ]);
    expect(other.socket.connected).toBe(true);
  });

  it("tells the member's sockets when they sign out", async () => {
    const me = await memberSocket();
    const ended = nextEvent(me.socket, "session:ended");
    expect((await me.client.post("/api/auth/sign-out")).status).toBe(200);
    await ended;
  });

  it("can end one session's sockets and leave the member's other devices alone", async () => {
    const laptop = await memberSocket();
    const phone = t.client();
    expect(
      (await phone.post("/api/auth/sign-in", { email: laptop.user.email, password: laptop.user.password })).status,
    ).toBe(200);
    const phoneSocket = await connectSocket(baseUrl, { cookie: `mv_session=${phone.cookies.get("mv_session")}` });
    open.push(phoneSocket);
    expect(await authenticate(phoneSocket)).toEqual({ ok: true });
    const ended = nextEvent(laptop.socket, "session:ended");
    const phoneHears = receives(phoneSocket, "session:ended", 500);
    t.realtime.endSession(hashToken(laptop.token));
    await ended;
    expect(await phoneHears).toBe(false);
  });

  it("drops sockets whose session ended without a sign-out", async () => {
    const me = await memberSocket();
    const other = await memberSocket();
    const [row] = await t.ctx.db.selectFrom("sessions").select("id").where("user_id", "=", me.user.id).execute();
    await deleteSession(t.ctx.db, row?.id as string);
    const ended = nextEvent(me.socket, "session:ended");
    const dropped = nextEvent(me.socket, "disconnect");
    expect(await t.realtime.recheckSessions()).toBe(1);
    await ended;
    await dropped;
    expect(other.socket.connected).toBe(true);
  });
});

describe("shutting down", () => {
  it("closes the app promptly while sockets are connected", async () => {
    const app = await createTestApp();
    const url = await listen(app.app);
    const { client } = await signedInClient(app);
    const socket = await connectSocket(url, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
    await authenticate(socket);
    const dropped = nextEvent(socket, "disconnect");
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(3000);
    await dropped;
    socket.close();
  });
});
