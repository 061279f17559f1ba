import type { Notification } from "@mentalverse/shared";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../test/client.js";
import { freshDatabase } from "../../test/database.js";
import { buildUser } from "../../test/factories.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent, receives } from "../../test/sockets.js";
import { type BuiltApp, buildApp } from "../app.js";
import { loadConfig } from "../config/config.js";
import { type DatabaseHandle, openDatabase } from "../db/database.js";
import { ManualClock } from "../lib/clock.js";

const redisUrl = process.env.TEST_REDIS_URL;
const postgresUrl = process.env.TEST_DATABASE_URL;

/**
 * Two server processes (two apps, two connection pools) on one PostgreSQL database and one Redis,
 * as in a deployment behind a load balancer: a member's browser is connected to one of them, and
 * whatever happens on the other still reaches it.
 */
describe.runIf(redisUrl && postgresUrl)("real time across server processes (Redis)", () => {
  let a: BuiltApp;
  let b: BuiltApp;
  let secondHandle: DatabaseHandle;
  let drop: () => Promise<void>;
  let urlA: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    secondHandle = await openDatabase({ dataDir: "", databaseUrl: fresh.url as string, poolSize: 4 });
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", JOBS: "false", REDIS_URL: redisUrl as string });
    const common = { config, clock: new ManualClock(new Date()), logger: pino({ level: "silent" }), serveWeb: false };
    a = await buildApp({ ...common, database: fresh.handle });
    b = await buildApp({ ...common, database: secondHandle });
    urlA = await listen(a.app);
    await b.app.ready();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await a?.app.close();
    await b?.app.close();
    await secondHandle?.close();
    await drop?.();
  });

  /** A member signed in through B, with a socket on A. */
  async function memberOnA() {
    const user = await buildUser(a.ctx.db);
    const client = new TestClient(b.app);
    const res = await client.post("/api/auth/sign-in", { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    const socket = await connectSocket(urlA, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
    sockets.push(socket);
    expect(await authenticate(socket)).toEqual({ ok: true });
    return { user, client, socket };
  }

  it("delivers a notification raised on B to the member's socket on A", async () => {
    const me = await memberOnA();
    const other = await memberOnA();
    const arriving = nextEvent(me.socket, "notification:new");
    const elsewhere = receives(other.socket, "notification:new", 500);
    await b.ctx.notifier.notify(me.user.id, { kind: "test", title: "From B", body: "across processes" });
    const [notification] = (await arriving) as [Notification];
    expect(notification).toMatchObject({ title: "From B", body: "across processes" });
    expect(await elsewhere).toBe(false);
  });

  it("ends the session on A's sockets when the member signs out through B", async () => {
    const me = await memberOnA();
    const ended = nextEvent(me.socket, "session:ended");
    expect((await me.client.post("/api/auth/sign-out")).status).toBe(200);
    await ended;
  });

  it("disconnects the member's sockets on A when B asks", async () => {
    const me = await memberOnA();
    const other = await memberOnA();
    const dropped = nextEvent(me.socket, "disconnect");
    b.ctx.realtime.disconnectUser(me.user.id);
    expect(await dropped).toEqual(["io server disconnect", undefined]);
    expect(other.socket.connected).toBe(true);
  });
});
