import type { ConversationEvent } from "@mentalverse/shared";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../test/activity-fixture.js";
import { TestClient } from "../../test/client.js";
import { freshDatabase } from "../../test/database.js";
import { type E2eeClient, messagingDevice } from "../../test/e2ee-client.js";
import { FetchClient } from "../../test/fetch-client.js";
import type { TestApp } from "../../test/harness.js";
import { type ServerProcess, startServerProcess } from "../../test/server-process.js";
import { buildApp } from "../app.js";
import { loadConfig } from "../config/config.js";
import { systemClock } from "../lib/clock.js";

const redisUrl = process.env.TEST_REDIS_URL;
const postgresUrl = process.env.TEST_DATABASE_URL;

/**
 * Two real server processes (main.ts, as deployed) on one PostgreSQL database and one Redis.
 * Members connected to different processes exchange encrypted messages; then one process is killed
 * with SIGKILL while a member keeps sending through it: every acknowledged message is in the log,
 * numbered without gaps or duplicates, and both members catch up through the survivor.
 */
describe.runIf(redisUrl && postgresUrl)("several server processes (PostgreSQL + Redis)", () => {
  let setup: TestApp;
  let drop: () => Promise<void>;
  let a: ServerProcess;
  let b: ServerProcess;
  const devices: E2eeClient[] = [];

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    const env = { DATABASE_URL: fresh.url as string, REDIS_URL: redisUrl as string };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    // A third, in-test app on the same database only to create members and their relationship.
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", JOBS: "false" });
    const built = await buildApp({
      config,
      database: fresh.handle,
      logger: pino({ level: "silent" }),
      serveWeb: false,
    });
    await built.app.ready();
    setup = { ...built, clock: systemClock, client: () => new TestClient(built.app), close: async () => {} };
  }, 120_000);

  afterAll(async () => {
    for (const d of devices) d.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await setup?.app.close();
    await drop?.();
  });

  /** A member signed in (through the setup app), talking HTTP and socket to `server`. */
  async function deviceOn(server: ServerProcess, signedIn: TestClient, userId: string) {
    const http = new FetchClient(server.url);
    for (const [k, v] of signedIn.cookies) http.cookies.set(k, v);
    const device = await messagingDevice(http, server.url, userId);
    devices.push(device);
    return device;
  }

  async function pairAcross() {
    const pair = await activePair(setup);
    const mentee = await deviceOn(a, pair.mentee.client, pair.mentee.user.id);
    const mentor = await deviceOn(b, pair.mentor.client, pair.mentor.user.id);
    const [conversation] = await mentee.conversations();
    await mentor.conversations();
    return { mentee, mentor, conversationId: conversation?.id as string };
  }

  it("delivers encrypted messages between members connected to different processes", async () => {
    const { mentee, mentor, conversationId } = await pairAcross();
    const sent = await mentee.sendText(conversationId, "hello from process A");
    await mentor.waitFor(conversationId, (events) => events.some((e) => e.seq === sent.seq));
    expect(mentor.pushes.get(conversationId)).toEqual([sent.seq]);
    const back = await mentor.sendText(conversationId, "hello back from process B");
    await mentee.waitFor(conversationId, (events) => events.some((e) => e.seq === back.seq));
    expect(await mentee.texts(conversationId)).toEqual(["hello from process A", "hello back from process B"]);
    expect(await mentor.texts(conversationId)).toEqual(["hello from process A", "hello back from process B"]);
  });

  it("loses no acknowledged message when a process is killed mid-stream, and both sides catch up", async () => {
    const { mentee, mentor, conversationId } = await pairAcross();
    await mentee.sendText(conversationId, "before the stream"); // makes the key epoch
    const { epoch, key } = await mentee.currentKey(conversationId);
    const acked = new Map<string, ConversationEvent>();
    const unacked = new Map<string, ReturnType<E2eeClient["seal"]>>();
    let killedAt = 0;
    let n = 0;
    const sender = async () => {
      // Keeps sending through A until a second after the kill, whatever happens to each send.
      while (killedAt === 0 || Date.now() - killedAt < 1000) {
        const request = mentee.seal(conversationId, epoch, key, "message", { v: 1, text: `stream ${n++}` });
        try {
          const event = await mentee.sendRaw(conversationId, request, 1500);
          acked.set(request.clientId, event);
        } catch {
          unacked.set(request.clientId, request);
        }
      }
    };
    const senders = Promise.all(Array.from({ length: 8 }, sender));
    const deadline = Date.now() + 10_000;
    while (acked.size < 40) {
      if (Date.now() > deadline) {
        killedAt = Date.now(); // stops the senders
        throw new Error(`only ${acked.size} sends acknowledged in 10 s`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    a.child.kill("SIGKILL");
    killedAt = Date.now();
    await senders;
    expect(unacked.size).toBeGreaterThan(0);

    // The mentee reconnects to B, resyncs from zero, and retries what was never acknowledged.
    mentee.disconnect();
    (mentee.http as FetchClient).baseUrl = b.url;
    await mentee.connect(b.url);
    mentee.events.clear();
    await mentee.resync(conversationId, 0);
    for (const event of acked.values()) {
      expect(mentee.events.get(conversationId)?.get(event.seq)?.clientId).toBe(event.clientId);
    }
    for (const request of unacked.values()) await mentee.sendRaw(conversationId, request);
    await mentee.resync(conversationId);

    const log = mentee.sorted(conversationId);
    const stream = log.filter((e) => e.seq > 1);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(new Set(stream.map((e) => e.clientId)).size).toBe(stream.length);
    expect(new Set(stream.map((e) => e.clientId))).toEqual(new Set([...acked.keys(), ...unacked.keys()]));
    const texts = await mentee.texts(conversationId);
    expect(texts.slice(1).sort()).toEqual(Array.from({ length: n }, (_, i) => `stream ${i}`).sort());

    // The mentor, on B all along, got pushes without duplicates and fills any hole by resyncing.
    const pushes = mentor.pushes.get(conversationId) ?? [];
    expect(new Set(pushes).size).toBe(pushes.length);
    await mentor.resync(conversationId);
    expect(mentor.sorted(conversationId).map((e) => e.seq)).toEqual(log.map((e) => e.seq));
    expect(await mentor.texts(conversationId)).toEqual(texts);
  });
});
