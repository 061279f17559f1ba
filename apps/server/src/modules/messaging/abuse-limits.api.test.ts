import { randomUUID } from "node:crypto";
import type { ConversationEvent, SendEventResult, SocketAck } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest, registerDevice } from "../../../test/messaging-fixture.js";
import { authenticate, type ClientSocket, connectSocket, listen } from "../../../test/sockets.js";
import type { ManualClock } from "../../lib/clock.js";
import { EventWriter } from "./event-writer.js";
import { TYPING_TRACKED, TypingGate } from "./typing-gate.js";

/** Small limits through config so the tests reach them quickly; the frozen clock moves only when told. */
let t: TestApp;
let clock: ManualClock;
let baseUrl: string;
const open: ClientSocket[] = [];
beforeAll(async () => {
  t = await createTestApp({
    env: { MESSAGING_SEND_BURST: "5", MESSAGING_SEND_PER_SECOND: "1", MESSAGING_WRITE_QUEUE_MAX: "1" },
  });
  clock = t.clock as ManualClock;
  baseUrl = await listen(t.app);
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(() => t.close());

type Failure = { error: { code: string; message: string } };

async function socketOf(client: TestClient) {
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return socket;
}

describe("per-member send rate", () => {
  it("answers 429 past the burst, on HTTP and the socket alike, other members unaffected, and recovers with time", async () => {
    const chat = await chattingPair(t);
    for (let i = 0; i < 4; i++) {
      expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
    }
    const socket = await socketOf(chat.mentee.client);
    const viaSocket = (request: ReturnType<typeof messageRequest>) =>
      socket
        .timeout(5000)
        .emitWithAck("conversation:send", { ...request, conversationId: chat.conversationId } as never) as Promise<
        SocketAck<ConversationEvent>
      >;
    expect((await viaSocket(messageRequest(chat.menteeDevice.id, 1))).ok).toBe(true); // the fifth
    const refusedRequest = messageRequest(chat.menteeDevice.id, 1);
    const refused = await chat.mentee.client.post<Failure>(chat.events, refusedRequest);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(await viaSocket(messageRequest(chat.menteeDevice.id, 1))).toMatchObject({ ok: false, status: 429 });
    // The other member has their own allowance.
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1))).status).toBe(201);

    clock.advance(1000);
    const retried = await chat.mentee.client.post<SendEventResult>(chat.events, refusedRequest);
    expect(retried.status).toBe(201);
    expect(retried.body.event.clientId).toBe(refusedRequest.clientId);
    expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(429);
    clock.advance(5000);
    for (let i = 0; i < 5; i++) {
      expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
    }
  });

  it("limits read receipts to 20 a second per member", async () => {
    const chat = await chattingPair(t);
    const read = () => chat.mentor.client.post(`/api/conversations/${chat.conversationId}/read`, { seq: 0 });
    for (let i = 0; i < 20; i++) expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(429);
    clock.advance(50); // one more, at 20 a second
    expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(429);
  });
});

describe("the writer's bounded queue", () => {
  it("refuses sends beyond its limit at once with 503 busy, retry; a retry with the same client id lands", async () => {
    const chat = await chattingPair(t);
    const requests = [
      messageRequest(chat.menteeDevice.id, 1),
      messageRequest(chat.menteeDevice.id, 1),
      messageRequest(chat.mentorDevice.id, 1),
      messageRequest(chat.mentorDevice.id, 1),
    ];
    const results = await Promise.all(
      requests.map((r, i) => (i < 2 ? chat.mentee.client : chat.mentor.client).post<Failure>(chat.events, r)),
    );
    const busy = results.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.body.error).toMatchObject({ code: "unavailable", message: "busy, retry" });
    expect(results.every((r) => r.status === 201 || r.status === 503)).toBe(true);
    for (const [i, r] of results.entries()) {
      if (r.status !== 503) continue;
      const client = i < 2 ? chat.mentee.client : chat.mentor.client;
      expect((await client.post(chat.events, requests[i])).status).toBe(201);
    }
    const stored = await t.ctx.db
      .selectFrom("conversation_events")
      .select("client_id")
      .where("conversation_id", "=", chat.conversationId)
      .execute();
    expect(stored.map((e) => e.client_id).sort()).toEqual(requests.map((r) => r.clientId).sort());
  });

  it("counts what waits in the whole process, given a limit as a parameter", async () => {
    const chat = await chattingPair(t);
    const writer = new EventWriter(t.ctx, { maxPending: 2 });
    const writes = Array.from({ length: 5 }, () =>
      writer.write({
        type: "send",
        conversationId: chat.conversationId,
        userId: chat.mentee.user.id,
        input: messageRequest(chat.menteeDevice.id, 1),
      }),
    );
    expect(writer.waiting).toBe(2);
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected", "rejected"]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ status: 503, message: "busy, retry" });
    expect(writer.waiting).toBe(0);
    // The server's own notices always queue.
    await expect(
      Promise.all(
        [1, 2, 3].map(() =>
          writer.write({
            type: "system",
            conversationId: chat.conversationId,
            notice: { type: "member_added", actorId: null, subjectId: null, text: "notice" },
          } as never),
        ),
      ),
    ).resolves.toHaveLength(3);
  });
});

describe("cheap refusals and bounded typing", () => {
  it("refuses a send to a conversation the caller was never in before it reaches the writer", async () => {
    const chat = await chattingPair(t);
    const { client: stranger } = await signedInClient(t);
    const device = await registerDevice(stranger);
    const write = vi.spyOn(EventWriter.prototype, "write");
    const res = await stranger.post(chat.events, messageRequest(device.id, 1));
    expect(res.status).toBe(404);
    const unknown = await stranger.post(`/api/conversations/${randomUUID()}/events`, messageRequest(device.id, 1));
    expect(unknown.status).toBe(404);
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });

  it("keeps a socket's typing state bounded and looks up unknown conversations only within a small allowance", async () => {
    const chat = await chattingPair(t);
    const lookups: string[] = [];
    const gate = new TypingGate(t.ctx, chat.mentee.user.id, async (_ctx, _userId, conversationId) => {
      lookups.push(conversationId);
      return conversationId === chat.conversationId ? [chat.mentor.user.id] : null;
    });
    for (let i = 0; i < 200; i++) await gate.typing(randomUUID());
    expect(gate.size).toBeLessThanOrEqual(TYPING_TRACKED);
    expect(lookups.length).toBeLessThanOrEqual(10);
    // The real conversation, typed in repeatedly over a minute, is looked up about every ten seconds.
    clock.advance(10_000); // the allowance refills
    lookups.length = 0;
    const emit = vi.spyOn(t.ctx.realtime, "emitToUsers");
    for (let second = 0; second < 60; second++) {
      await gate.typing(chat.conversationId);
      clock.advance(1000);
    }
    expect(lookups.length).toBeLessThanOrEqual(6);
    expect(emit.mock.calls.filter((c) => c[1] === "conversation:typing")).toHaveLength(30);
    emit.mockRestore();
  });
});
