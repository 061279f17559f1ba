import { decryptAttachment, ready } from "@mentalverse/e2ee";
import type { ConversationEvent } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { type E2eeClient, messagingDevice } from "../../../test/e2ee-client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { listen } from "../../../test/sockets.js";

/**
 * The whole path with real cryptography (@mentalverse/e2ee, libsodium): the sender's device
 * encrypts and commits, the server stores ciphertext and commitment, the reader's device decrypts
 * and reveals, and the server's Node HMAC must agree with libsodium's.
 */
let t: TestApp;
let pair: Awaited<ReturnType<typeof activePair>>;
let mentee: E2eeClient;
let mentor: E2eeClient;
let conversationId: string;

beforeAll(async () => {
  // libsodium compiles its WebAssembly first, so it does not hold up the app's start under a busy machine.
  await ready();
  t = await createTestApp();
  const url = await listen(t.app);
  pair = await activePair(t);
  mentee = await messagingDevice(pair.mentee.client, url, pair.mentee.user.id);
  mentor = await messagingDevice(pair.mentor.client, url, pair.mentor.user.id);
  const conversation = (await mentee.conversations()).find((c) => c.relationshipId === pair.id);
  conversationId = conversation?.id as string;
  await mentor.conversations();
});
afterAll(async () => {
  mentee?.disconnect();
  mentor?.disconnect();
  await t.close();
});

async function receivedByMentee(sent: ConversationEvent) {
  await mentee.resync(conversationId, sent.seq - 1);
  const event = mentee.sorted(conversationId).find((e) => e.seq === sent.seq) as ConversationEvent;
  return mentee.open<{ text: string }>(event);
}

describe("a report of a message encrypted on a real device", () => {
  it("verifies what the reader decrypted, and refuses the same message with one word changed", async () => {
    const sent = await mentor.sendText(conversationId, "nobody would believe you anyway");
    const opened = await receivedByMentee(sent);
    expect(opened.payload.text).toBe("nobody would believe you anyway");
    const reveal = { seq: sent.seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey };

    const forgedText = Buffer.from(JSON.stringify({ v: 1, text: "everybody would believe you anyway" }));
    const forged = await pair.mentee.client.post("/api/messaging/reports", {
      conversationId,
      reason: "harassment",
      messages: [{ ...reveal, plaintext: forgedText.toString("base64url") }],
    });
    expect(forged.status).toBe(422);

    const res = await pair.mentee.client.post<{ reportId: string }>("/api/messaging/reports", {
      conversationId,
      reason: "harassment",
      messages: [reveal],
    });
    expect(res.status).toBe(201);
    const row = await t.ctx.db
      .selectFrom("safety_reports")
      .selectAll()
      .where("id", "=", res.body.reportId)
      .executeTakeFirstOrThrow();
    expect(row.messages).toEqual([expect.objectContaining({ text: "nobody would believe you anyway", seq: sent.seq })]);
    expect(row.subject_id).toBe(pair.mentor.user.id);
  });

  it("lets the mentor share the mentee's last messages in a worried alert, the mentee told in the conversation", async () => {
    const sent = await mentee.sendText(conversationId, "I haven't left the house in days");
    await mentor.resync(conversationId, sent.seq - 1);
    const event = mentor.sorted(conversationId).find((e) => e.seq === sent.seq) as ConversationEvent;
    const opened = await mentor.open(event);
    const res = await pair.mentor.client.post(`/api/conversations/${conversationId}/worried`, {
      note: "Withdrawn all week.",
      messages: [{ seq: sent.seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey }],
    });
    expect(res.status).toBe(201);
    const told = await mentee.waitFor(conversationId, (events) =>
      events.some((e) => e.kind === "system" && e.system?.type === "worried_alert"),
    );
    expect(told).toBeTruthy();
  });

  it("carries an attachment encrypted on the device through upload and download unchanged", async () => {
    const bytes = new TextEncoder().encode("a drawing I made this week");
    const ref = await mentee.uploadAttachment(conversationId, bytes, "drawing.txt", "text/plain");
    const stored = await t.ctx.db
      .selectFrom("message_attachments")
      .select("size")
      .where("id", "=", ref.id)
      .executeTakeFirstOrThrow();
    expect(stored.size).toBeGreaterThan(bytes.length);
    // The message carries the reference (key and nonce inside the ciphertext, the id beside it).
    const { epoch, key } = await mentee.currentKey(conversationId);
    const request = mentee.seal(conversationId, epoch, key, "message", { v: 1, text: "look", attachments: [ref] });
    const sent = await mentee.sendRaw(conversationId, { ...request, attachmentIds: [ref.id] });
    await mentor.resync(conversationId, sent.seq - 1);
    const event = mentor.sorted(conversationId).find((e) => e.seq === sent.seq) as ConversationEvent;
    const carried = (await mentor.open<{ attachments: { id: string; key: string; nonce: string }[] }>(event)).payload
      .attachments[0];
    expect(carried?.id).toBe(ref.id);
    // Through inject: a keep-alive fetch connection would hold the server's close past its timeout.
    const got = await t.app.inject({
      method: "GET",
      url: `/api/conversations/${conversationId}/attachments/${ref.id}`,
      headers: { cookie: [...pair.mentor.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(got.statusCode).toBe(200);
    const opened = decryptAttachment(new Uint8Array(got.rawPayload), carried?.key ?? "", carried?.nonce ?? "");
    expect(Buffer.from(opened).toString()).toBe("a drawing I made this week");
  });
});
