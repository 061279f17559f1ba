import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { RevealedMessage } from "@mentalverse/shared";
import { setCurrentEpoch } from "../src/modules/messaging/conversations-repository.js";
import { ensurePairConversations } from "../src/modules/messaging/ensure-pair-conversations.js";
import { startMembersAtEpoch } from "../src/modules/messaging/members-repository.js";
import { activePair } from "./activity-fixture.js";
import type { TestApp } from "./harness.js";

/**
 * Test support for reports and alerts: a pair with its conversation, key epochs and franked events
 * written as the core stores them. The commitment is HMAC-SHA256 over the payload bytes with a fresh
 * franking key, exactly as a device computes it; the ciphertext is opaque bytes the server never opens.
 */
export async function pairWithConversation(t: TestApp) {
  const pair = await activePair(t);
  await ensurePairConversations(t.ctx, pair.mentee.user.id);
  const row = await t.ctx.db
    .selectFrom("conversations")
    .select("id")
    .where("relationship_id", "=", pair.id)
    .executeTakeFirstOrThrow();
  return { ...pair, conversationId: row.id };
}

/** Makes `epoch` the current key for the conversation's members (what a new key epoch does to membership). */
export async function startEpoch(t: TestApp, conversationId: string, epoch: number): Promise<void> {
  await setCurrentEpoch(t.ctx.db, conversationId, epoch);
  await startMembersAtEpoch(t.ctx.db, conversationId, epoch);
}

export interface FrankedEvent {
  seq: number;
  /** What the reader's device would reveal for a report. */
  reveal: RevealedMessage;
}

/** Stores a franked message (or edit) from `senderId` with the next seq, as the send path would. */
export async function frankedMessage(
  t: TestApp,
  conversationId: string,
  senderId: string,
  text: string,
  options: { epoch?: number; kind?: "message" | "edit" | "reaction"; attachmentIds?: string[] } = {},
): Promise<FrankedEvent> {
  const payload = Buffer.from(JSON.stringify(options.kind === "reaction" ? { v: 1, emoji: "👍" } : { v: 1, text }));
  const frankingKey = randomBytes(32);
  const commitment = createHmac("sha256", frankingKey).update(payload).digest("base64url");
  const conversation = await t.ctx.db
    .updateTable("conversations")
    .set((eb) => ({ last_seq: eb("last_seq", "+", 1), last_event_at: t.clock.now() }))
    .where("id", "=", conversationId)
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  const seq = Number(conversation.last_seq);
  await t.ctx.db
    .insertInto("conversation_events")
    .values({
      conversation_id: conversationId,
      seq,
      kind: options.kind ?? "message",
      sender_id: senderId,
      client_id: randomUUID(),
      epoch: options.epoch ?? 1,
      nonce: randomBytes(24).toString("base64url"),
      ciphertext: randomBytes(payload.length + 48).toString("base64url"),
      commitment,
      signature: randomBytes(64).toString("base64url"),
      target_seq: options.kind === "edit" || options.kind === "reaction" ? 1 : null,
      attachment_ids: JSON.stringify(options.attachmentIds ?? []),
      created_at: t.clock.now(),
    })
    .execute();
  return {
    seq,
    reveal: { seq, plaintext: payload.toString("base64url"), frankingKey: frankingKey.toString("base64url") },
  };
}

/** A clock that moves one second on every reading, so the order things were written in shows in their times. */
export class TickingClock {
  private at = Date.parse("2026-11-20T09:00:00Z");
  now(): Date {
    this.at += 1000;
    return new Date(this.at);
  }
}
