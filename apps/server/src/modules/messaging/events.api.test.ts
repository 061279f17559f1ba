import type { ConversationEvent, EventPage, SendEventResult } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";
import { sendEvent } from "./send-event.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Failure = { error: { message: string; details?: { field: string; reason: string }[] } };

describe("sending", () => {
  it("stores a message with the next number; a retry with the same client id returns it, not a copy", async () => {
    const chat = await chattingPair(t);
    const request = messageRequest(chat.menteeDevice.id, 1);
    const sent = await chat.mentee.client.post<SendEventResult>(chat.events, request);
    expect(sent.status).toBe(201);
    expect(sent.body.event).toMatchObject({
      conversationId: chat.conversationId,
      seq: 1,
      kind: "message",
      senderId: chat.mentee.user.id,
      senderDeviceId: chat.menteeDevice.id,
      clientId: request.clientId,
      epoch: 1,
      nonce: request.nonce,
      ciphertext: request.ciphertext,
      commitment: request.commitment,
      signature: request.signature,
      targetSeq: null,
      attachmentIds: [],
      system: null,
      deletedAt: null,
    });
    const retried = await chat.mentee.client.post<SendEventResult>(chat.events, request);
    expect(retried.status).toBe(200);
    expect(retried.body.event).toEqual(sent.body.event);
    // Even when several copies race in together.
    const copies = await Promise.all(
      [1, 2, 3].map(() => chat.mentee.client.post<SendEventResult>(chat.events, request)),
    );
    expect(copies.map((c) => c.body.event.id)).toEqual([sent.body.event.id, sent.body.event.id, sent.body.event.id]);
    // The same client id from the other member is their own event.
    const theirs = await chat.mentor.client.post<SendEventResult>(chat.events, {
      ...messageRequest(chat.mentorDevice.id, 1),
      clientId: request.clientId,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.event.seq).toBe(2);
  });

  it("numbers 50 concurrent sends from both members 1..50, each exactly once", async () => {
    const chat = await chattingPair(t);
    const sends = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? chat.mentee.client.post<SendEventResult>(chat.events, messageRequest(chat.menteeDevice.id, 1))
        : chat.mentor.client.post<SendEventResult>(chat.events, messageRequest(chat.mentorDevice.id, 1)),
    );
    const results = await Promise.all(sends);
    expect(results.every((r) => r.status === 201)).toBe(true);
    const seqs = results.map((r) => r.body.event.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const page = await chat.mentor.client.get<EventPage>(`${chat.events}?after=0&limit=200`);
    expect(page.body.events.map((e) => e.seq)).toEqual(seqs);
    expect(page.body).toMatchObject({ lastSeq: 50, more: false });
  });

  it("stores sends that arrive together in a few transactions (group commit), refusals taking no number", async () => {
    const chat = await chattingPair(t);
    const transactions = vi.spyOn(t.ctx.database, "transaction");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        i % 50 === 7
          ? sendEvent(t.ctx, chat.mentor.user.id, chat.conversationId, messageRequest(chat.menteeDevice.id, 1))
          : sendEvent(t.ctx, chat.mentee.user.id, chat.conversationId, messageRequest(chat.menteeDevice.id, 1)),
      ),
    );
    const batches = transactions.mock.calls.length;
    transactions.mockRestore();
    expect(batches).toBeGreaterThan(0);
    expect(batches).toBeLessThanOrEqual(3);
    const stored = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value.event.seq] : []));
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(4);
    expect(stored.sort((a, b) => a - b)).toEqual(Array.from({ length: 196 }, (_, i) => i + 1));
  });

  it("refuses a send that lacks its kind's fields or carries another kind's, naming the field", async () => {
    const chat = await chattingPair(t);
    const base = messageRequest(chat.menteeDevice.id, 1);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, commitment: undefined }, 400, "commitment"],
      [{ ...base, nonce: "AAAA" }, 400, "nonce"],
      [{ ...base, targetSeq: 1 }, 400, "targetSeq"],
      [{ ...base, kind: "delete" }, 400, "epoch"],
      [{ ...base, kind: "edit" }, 400, "targetSeq"],
      [{ ...base, ciphertext: "not base64url!" }, 400, "body.ciphertext"],
      [{ ...base, extra: 1 }, 400, "body.extra"],
      [{ ...base, epoch: 2 }, 409, "epoch"],
      [{ ...base, senderDeviceId: chat.mentorDevice.id }, 403, "senderDeviceId"],
      [{ ...base, attachmentIds: [crypto.randomUUID()] }, 422, "attachmentIds[0]"],
    ];
    for (const [body, status, field] of cases) {
      const res = await chat.mentee.client.post<Failure>(chat.events, body);
      expect([res.status, res.body.error.details?.[0]?.field]).toEqual([status, field]);
    }
    // None of them took a number.
    const ok = await chat.mentee.client.post<SendEventResult>(chat.events, messageRequest(chat.menteeDevice.id, 1));
    expect(ok.body.event.seq).toBe(1);
  });

  it("accepts attachments the sender uploaded to this conversation only", async () => {
    const chat = await chattingPair(t);
    const attach = async (uploaderId: string) =>
      (
        await t.ctx.db
          .insertInto("message_attachments")
          .values({
            conversation_id: chat.conversationId,
            uploader_id: uploaderId,
            size: 10,
            storage_key: `test/${crypto.randomUUID()}`,
            created_at: t.clock.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const mine = await attach(chat.mentee.user.id);
    const theirs = await attach(chat.mentor.user.id);
    const sent = await chat.mentee.client.post<SendEventResult>(
      chat.events,
      messageRequest(chat.menteeDevice.id, 1, { attachmentIds: [mine] }),
    );
    expect(sent.status).toBe(201);
    expect(sent.body.event.attachmentIds).toEqual([mine]);
    const refused = await chat.mentee.client.post<Failure>(
      chat.events,
      messageRequest(chat.menteeDevice.id, 1, { attachmentIds: [mine, theirs] }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.details?.[0]?.field).toBe("attachmentIds[1]");
  });

  it("a muted member reads but cannot send until the mute ends", async () => {
    const chat = await chattingPair(t);
    const mute = (until: Date | null) =>
      t.ctx.db
        .updateTable("conversation_members")
        .set({ muted_until: until })
        .where("conversation_id", "=", chat.conversationId)
        .where("user_id", "=", chat.mentee.user.id)
        .execute();
    await mute(new Date(t.clock.now().getTime() + 60_000));
    const refused = await chat.mentee.client.post<Failure>(chat.events, messageRequest(chat.menteeDevice.id, 1));
    expect(refused.status).toBe(403);
    expect((await chat.mentee.client.get(chat.events)).status).toBe(200);
    await mute(new Date(t.clock.now().getTime() - 1));
    expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
  });

  it("a former member can no longer send, and reads only up to when they left", async () => {
    const chat = await chattingPair(t);
    await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1));
    // Visibility goes by number (left_seq), not by time: the clock stands still throughout.
    await t.ctx.db
      .updateTable("conversation_members")
      .set({ left_at: t.clock.now(), left_seq: 1, to_epoch: 1 })
      .where("conversation_id", "=", chat.conversationId)
      .where("user_id", "=", chat.mentor.user.id)
      .execute();
    const refused = await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1));
    expect(refused.status).toBe(403);
    await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1));
    const page = await chat.mentor.client.get<EventPage>(chat.events);
    expect(page.body.events.map((e) => e.seq)).toEqual([1]);
    expect(page.body.lastSeq).toBe(1);
    expect((await chat.mentee.client.get<EventPage>(chat.events)).body.lastSeq).toBe(2);
  });
});

describe("pages of the log", () => {
  it("pages forwards with after= and backwards with before=, always ascending, saying whether there is more", async () => {
    const chat = await chattingPair(t);
    for (let i = 0; i < 7; i++) await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1));
    const seqs = (page: { body: EventPage }) => page.body.events.map((e: ConversationEvent) => e.seq);
    const after = await chat.mentor.client.get<EventPage>(`${chat.events}?after=2&limit=3`);
    expect([seqs(after), after.body.more, after.body.lastSeq]).toEqual([[3, 4, 5], true, 7]);
    const tail = await chat.mentor.client.get<EventPage>(`${chat.events}?after=5&limit=3`);
    expect([seqs(tail), tail.body.more]).toEqual([[6, 7], false]);
    const before = await chat.mentor.client.get<EventPage>(`${chat.events}?before=6&limit=3`);
    expect([seqs(before), before.body.more]).toEqual([[3, 4, 5], true]);
    const oldest = await chat.mentor.client.get<EventPage>(`${chat.events}?before=3&limit=3`);
    expect([seqs(oldest), oldest.body.more]).toEqual([[1, 2], false]);
    const latest = await chat.mentor.client.get<EventPage>(`${chat.events}?limit=2`);
    expect([seqs(latest), latest.body.more]).toEqual([[6, 7], true]);
    const caughtUp = await chat.mentor.client.get<EventPage>(`${chat.events}?after=7`);
    expect([seqs(caughtUp), caughtUp.body.more]).toEqual([[], false]);
    const both = await chat.mentor.client.get<Failure>(`${chat.events}?after=1&before=5`);
    expect([both.status, both.body.error.details?.[0]?.field]).toEqual([400, "before"]);
    expect((await chat.mentor.client.get(`${chat.events}?limit=500`)).status).toBe(400);
  });
});
