import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { resetTokenFromOutbox } from "../../../test/inspect.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent, receives } from "../../../test/sockets.js";

let t: TestApp;
let baseUrl: string;
const open: ClientSocket[] = [];

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t.app);
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(() => t.close());

async function device(email: string, password: string, ip: string) {
  const client = t.client();
  client.ip = ip;
  expect((await client.post("/api/auth/sign-in", { email, password })).status).toBe(200);
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return { client, socket };
}

describe("live sockets when sessions end", () => {
  it("signing out on one device drops every socket but tells no device it was signed out while another session lives", async () => {
    const user = await buildUser(t.ctx.db);
    const phone = await device(user.email, user.password, "10.6.0.1");
    const laptop = await device(user.email, user.password, "10.6.0.2");
    const ended = receives(laptop.socket, "session:ended", 1000);
    const dropped = nextEvent(laptop.socket, "disconnect");
    expect((await phone.client.post("/api/auth/sign-out")).status).toBe(200);
    expect(await dropped).toEqual(["io server disconnect", undefined]);
    expect(await ended).toBe(false);

    // The laptop's tab re-checks on the hang-up, finds its session live and reconnects.
    expect((await laptop.client.get<{ user: { id: string } | null }>("/api/auth/session")).body.user?.id).toBe(user.id);
    const again = await connectSocket(baseUrl, { cookie: `mv_session=${laptop.client.cookies.get("mv_session")}` });
    open.push(again);
    expect(await authenticate(again)).toEqual({ ok: true });
  });

  it("a password reset ends every session, and every tab hears session:ended", async () => {
    const user = await buildUser(t.ctx.db);
    const tab = await device(user.email, user.password, "10.6.0.3");
    const ended = nextEvent(tab.socket, "session:ended");
    const reset = t.client();
    reset.ip = "10.6.0.4";
    await reset.post("/api/auth/password-reset/request", { email: user.email });
    const token = await resetTokenFromOutbox(t.ctx.db, user.email);
    expect(
      (await reset.post("/api/auth/password-reset/complete", { token, password: "an entirely new passphrase" })).status,
    ).toBe(200);
    await ended;
  });
});
