import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A payload as a sender's device commits to it: the bytes, a fresh franking key and the HMAC. */
function franked(text: string) {
  const plaintext = Buffer.from(JSON.stringify({ v: 1, text }));
  const frankingKey = randomBytes(32);
  const commitment = createHmac("sha256", frankingKey).update(plaintext).digest("base64url");
  return {
    commitment,
    reveal: (seq: number) => ({
      seq,
      plaintext: plaintext.toString("base64url"),
      frankingKey: frankingKey.toString("base64url"),
    }),
  };
}

describe("deleting or editing a message does not escape a report", () => {
  it("verifies the original of an edited and then deleted message, whose ciphertext the server wiped", async () => {
    const chat = await chattingPair(t);
    const original = franked("nobody would miss you");
    const sent = await chat.mentor.client.post<{ event: { seq: number } }>(
      chat.events,
      messageRequest(chat.mentorDevice.id, 1, { commitment: original.commitment }),
    );
    expect(sent.status).toBe(201);
    const seq = sent.body.event.seq;
    const edit = franked("have a nice day");
    const edited = await chat.mentor.client.post<{ event: { seq: number } }>(
      chat.events,
      messageRequest(chat.mentorDevice.id, 1, { kind: "edit", targetSeq: seq, commitment: edit.commitment }),
    );
    expect(edited.status).toBe(201);
    const deleted = await chat.mentor.client.post(chat.events, {
      clientId: randomUUID(),
      kind: "delete",
      senderDeviceId: chat.mentorDevice.id,
      targetSeq: seq,
    });
    expect(deleted.status).toBe(201);
    const stored = await t.ctx.db
      .selectFrom("conversation_events")
      .select(["ciphertext", "commitment"])
      .where("conversation_id", "=", chat.conversationId)
      .where("seq", "=", seq)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ ciphertext: null, commitment: original.commitment });

    // What the mentee's device kept: the edit it last showed and the original it replaced.
    const res = await chat.mentee.client.post<{ reportId: string }>("/api/messaging/reports", {
      conversationId: chat.conversationId,
      reason: "self_harm_risk",
      messages: [edit.reveal(edited.body.event.seq), original.reveal(seq)],
    });
    expect(res.status).toBe(201);
    const row = await t.ctx.db
      .selectFrom("safety_reports")
      .select("messages")
      .where("id", "=", res.body.reportId)
      .executeTakeFirstOrThrow();
    expect(row.messages.map((m) => m.text)).toEqual(["have a nice day", "nobody would miss you"]);
  });
});
