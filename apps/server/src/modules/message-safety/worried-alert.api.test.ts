import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frankedMessage, pairWithConversation, startEpoch, TickingClock } from "../../../test/franking-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { WORRIED_NOTICE } from "./raise-worried-alert.js";

let t: TestApp;
let pair: Awaited<ReturnType<typeof pairWithConversation>>;

const systemEvents = () =>
  t.ctx.db
    .selectFrom("conversation_events")
    .selectAll()
    .where("conversation_id", "=", pair.conversationId)
    .where("kind", "=", "system")
    .execute();
const reports = () => t.ctx.db.selectFrom("safety_reports").selectAll().where("kind", "=", "worried_alert").execute();

beforeAll(async () => {
  // Every reading of this clock is a second later, so created_at shows what was written first.
  t = await createTestApp({ clock: new TickingClock() });
  pair = await pairWithConversation(t);
  await startEpoch(t, pair.conversationId, 1);
});
afterAll(() => t.close());

describe("a mentor's worried alert", () => {
  it("is only for the pair's mentor", async () => {
    const message = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "rough week");
    const body = { note: "Worried", messages: [message.reveal] };
    const asMentee = await pair.mentee.client.post(`/api/conversations/${pair.conversationId}/worried`, body);
    expect(asMentee.status).toBe(403);
    const outsider = await member(t, { roles: ["mentee", "mentor"] });
    expect((await outsider.client.post(`/api/conversations/${pair.conversationId}/worried`, body)).status).toBe(404);
    expect(await reports()).toHaveLength(0);
    expect(await systemEvents()).toHaveLength(0);
  });

  it("tells nobody and stores nothing when a shared message does not verify", async () => {
    const message = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "fine, thanks");
    const forged = { ...message.reveal, plaintext: Buffer.from('{"v":1,"text":"I give up"}').toString("base64url") };
    const res = await pair.mentor.client.post(`/api/conversations/${pair.conversationId}/worried`, {
      note: "Worried about this",
      messages: [forged],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "messages.0" }] } });
    expect(await reports()).toHaveLength(0);
    expect(await systemEvents()).toHaveLength(0);
  });

  it("tells the mentee in the conversation first, then files the report with the verified messages", async () => {
    const message = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "I can't see the point anymore");
    const res = await pair.mentor.client.post(`/api/conversations/${pair.conversationId}/worried`, {
      note: "They have gone quiet and said this last night.",
      messages: [message.reveal],
    });
    expect(res.status).toBe(201);

    const [event] = await systemEvents();
    expect(event?.system).toMatchObject({
      type: "worried_alert",
      actorId: pair.mentor.user.id,
      subjectId: pair.mentee.user.id,
      text: WORRIED_NOTICE,
    });
    expect(event?.seq).toBe(message.seq + 1);
    const [row] = await reports();
    expect(row).toMatchObject({ reporter_id: pair.mentor.user.id, subject_id: pair.mentee.user.id, status: "open" });
    expect(row?.messages).toEqual([
      expect.objectContaining({ seq: message.seq, text: "I can't see the point anymore" }),
    ]);
    expect(event?.created_at.getTime()).toBeLessThan(row?.created_at.getTime() ?? 0);

    const told = await t.ctx.db
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", pair.mentee.user.id)
      .where("kind", "=", "safety.worried_check_in")
      .executeTakeFirstOrThrow();
    expect(told.created_at.getTime()).toBeLessThan(row?.created_at.getTime() ?? 0);
  });
});
