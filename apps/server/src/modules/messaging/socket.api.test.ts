import type { ConversationEvent, SendEventRequest, SocketAck } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest, registerDevice } from "../../../test/messaging-fixture.js";
import { type ClientSocket, listen, nextEvent, receives, SignedInSockets } from "../../../test/sockets.js";
import { appendSystemEvent } from "./index.js";

let t: TestApp;
const sockets = new SignedInSockets();
beforeAll(async () => {
  t = await createTestApp();
  sockets.baseUrl = await listen(t.app);
});
afterEach(() => sockets.closeAll());
afterAll(() => t.close());

const socketOf = (client: TestClient) => sockets.of(client);

async function connectedPair() {
  const chat = await chattingPair(t);
  const [mentee, mentor] = [await socketOf(chat.mentee.client), await socketOf(chat.mentor.client)];
  const send = (socket: ClientSocket, request: SendEventRequest | Record<string, unknown>) =>
    socket
      .timeout(5000)
      .emitWithAck("conversation:send", { ...request, conversationId: chat.conversationId } as never) as Promise<
      SocketAck<ConversationEvent>
    >;
  return { chat, mentee, mentor, send };
}

describe("conversation sockets", () => {
  it("acknowledges a send once stored and pushes it to every member's sockets but the sending one", async () => {
    const { chat, mentee, mentor, send } = await connectedPair();
    const menteeOtherTab = await socketOf(chat.mentee.client);
    const toMentor = nextEvent(mentor, "conversation:event");
    const toOtherTab = nextEvent(menteeOtherTab, "conversation:event");
    const echo = receives(mentee, "conversation:event", 400);
    const request = messageRequest(chat.menteeDevice.id, 1);
    const ack = await send(mentee, request);
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    expect(ack.value).toMatchObject({ seq: 1, clientId: request.clientId, ciphertext: request.ciphertext });
    expect(await toMentor).toEqual([ack.value]);
    expect(await toOtherTab).toEqual([ack.value]);
    // The sending socket has the ack; the same event pushed back would only cost a write.
    expect(await echo).toBe(false);
    // What was stored is what the ack presented (built from the request, not read back).
    const [listed] = (await chat.mentor.client.get<{ events: ConversationEvent[] }>(`${chat.events}?after=0`)).body
      .events;
    expect(listed).toEqual(ack.value);
    const stored = await t.ctx.db
      .selectFrom("conversation_events")
      .select("seq")
      .where("conversation_id", "=", chat.conversationId)
      .execute();
    expect(stored.map((r) => Number(r.seq))).toEqual([1]);

    // A retry (the ack was lost, say) gets the stored event back and nobody hears it twice.
    const again = receives(mentor, "conversation:event", 400);
    expect(await send(mentee, request)).toEqual(ack);
    expect(await again).toBe(false);
  });

  it("answers bad input and refusals in the ack, naming the field", async () => {
    const { chat, mentee, send } = await connectedPair();
    expect(await send(mentee, { ...messageRequest(chat.menteeDevice.id, 1), clientId: "nope" })).toMatchObject({
      ok: false,
      status: 400,
      field: "clientId",
    });
    const noConversation = await mentee
      .timeout(5000)
      .emitWithAck("conversation:send", { ...messageRequest(chat.menteeDevice.id, 1), conversationId: "x" });
    expect(noConversation).toMatchObject({ ok: false, status: 400, field: "conversationId" });
    expect(await send(mentee, messageRequest(chat.menteeDevice.id, 2))).toEqual({
      ok: false,
      status: 409,
      error: "rekey needed",
      field: "epoch",
    });
    const elsewhere = await chattingPair(t);
    const ack = (await mentee.timeout(5000).emitWithAck("conversation:send", {
      ...messageRequest(chat.menteeDevice.id, 1),
      conversationId: elsewhere.conversationId,
    })) as SocketAck<ConversationEvent>;
    expect(ack).toMatchObject({ ok: false, status: 404 });
  });

  it("keeps order and numbers when both members send many over their sockets at once", async () => {
    const { chat, mentee, mentor, send } = await connectedPair();
    const requests = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? messageRequest(chat.menteeDevice.id, 1) : messageRequest(chat.mentorDevice.id, 1),
    );
    // A second tab of the mentor's hears everything, its own member's sends included.
    const mentorOtherTab = await socketOf(chat.mentor.client);
    const pushed: number[] = [];
    mentorOtherTab.on("conversation:event", (e) => pushed.push(e.seq));
    const acks = await Promise.all(requests.map((r, i) => send(i % 2 === 0 ? mentee : mentor, r)));
    const seqs = acks.map((a) => (a.ok ? a.value.seq : -1));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // One sender's events keep the order they were sent in.
    const menteeSeqs = seqs.filter((_, i) => i % 2 === 0);
    expect(menteeSeqs).toEqual([...menteeSeqs].sort((a, b) => a - b));
    await expect.poll(() => pushed.length).toBe(40);
    expect(pushed).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("passes typing on to the others, at most once per two seconds per conversation", async () => {
    const { chat, mentee, mentor } = await connectedPair();
    const typing = nextEvent(mentor, "conversation:typing");
    const self = receives(mentee, "conversation:typing", 400);
    mentee.emit("conversation:typing", { conversationId: chat.conversationId });
    expect(await typing).toEqual([{ conversationId: chat.conversationId, userId: chat.mentee.user.id }]);
    expect(await self).toBe(false);
    const second = receives(mentor, "conversation:typing", 400);
    mentee.emit("conversation:typing", { conversationId: chat.conversationId });
    expect(await second).toBe(false);
  });

  it("takes read receipts over the socket and tells the other member", async () => {
    const { chat, mentee, mentor, send } = await connectedPair();
    await send(mentee, messageRequest(chat.menteeDevice.id, 1));
    await send(mentee, messageRequest(chat.menteeDevice.id, 1));
    const heard = nextEvent(mentee, "conversation:read");
    const ack = await mentor
      .timeout(5000)
      .emitWithAck("conversation:read", { conversationId: chat.conversationId, seq: 2 });
    expect(ack).toEqual({ ok: true, value: null });
    expect(await heard).toEqual([{ conversationId: chat.conversationId, userId: chat.mentor.user.id, seq: 2 }]);
    const bad = await mentor
      .timeout(5000)
      .emitWithAck("conversation:read", { conversationId: chat.conversationId, seq: -3 });
    expect(bad).toMatchObject({ ok: false, status: 400, field: "seq" });
  });

  it("numbers and pushes the server's own notices like any event", async () => {
    const { chat, mentee, mentor, send } = await connectedPair();
    const first = nextEvent(mentor, "conversation:event");
    await send(mentee, messageRequest(chat.menteeDevice.id, 1));
    await first;
    const pushed = nextEvent(mentor, "conversation:event");
    const notice = { type: "member_muted" as const, actorId: null, subjectId: chat.mentee.user.id, text: "Muted" };
    const event = await appendSystemEvent(t.ctx, chat.conversationId, notice);
    expect(event).toMatchObject({ seq: 2, kind: "system", senderId: null, system: notice, ciphertext: null });
    expect(await pushed).toEqual([event]);
    // A new device of a member changes the conversation for the others.
    const changed = nextEvent(mentee, "conversation:changed");
    await registerDevice(chat.mentor.client, "Phone");
    expect(await changed).toEqual([{ conversationId: chat.conversationId }]);
  });
});
