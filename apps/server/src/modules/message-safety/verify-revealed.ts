import { createHmac, timingSafeEqual } from "node:crypto";
import type { RevealedMessage } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { invalidField, notFound } from "../../lib/errors.js";
import { type CommittedEventRow, findEventsBySeq, findMembership } from "./reports-repository.js";

/** A revealed message whose franking commitment matched: what the safety team is shown. */
export interface VerifiedMessage {
  seq: number;
  senderId: string | null;
  senderName: string | null;
  sentAt: string;
  text: string;
}

const FRANKING_KEY_BYTES = 32;

/**
 * Checks each revealed message against the commitment stored when it was sent: HMAC-SHA256 keyed
 * with the revealed franking key over the revealed bytes must equal it, for an event the reporter
 * could read (its epoch within their membership). The server could not have made up either side,
 * and the reporter cannot change a word without the check failing. Any failure refuses the whole
 * report (422 naming messages.<i>), so nothing unverified is ever stored.
 */
export async function verifyRevealed(
  db: Db,
  conversationId: string,
  reporterId: string,
  revealed: RevealedMessage[],
): Promise<VerifiedMessage[]> {
  const membership = await findMembership(db, conversationId, reporterId);
  if (!membership) throw notFound("Conversation");
  const events = new Map(
    (await findEventsBySeq(db, conversationId, [...new Set(revealed.map((m) => m.seq))])).map((e) => [e.seq, e]),
  );
  const seen = new Set<number>();
  return revealed.map((message, i) => {
    const fail = (reason: string) => invalidField(`messages.${i}`, reason);
    if (seen.has(message.seq)) throw fail("This message is included twice");
    seen.add(message.seq);
    const event = events.get(message.seq);
    if (!event || (event.kind !== "message" && event.kind !== "edit") || !event.commitment || event.epoch === null) {
      throw fail("There is no message with this number in the conversation");
    }
    if (!couldRead(membership, event)) throw fail("You were not able to read this message");
    if (!commitmentMatches(event, message))
      throw fail("This message does not match what was sent; it cannot be verified");
    const text = textOf(Buffer.from(message.plaintext, "base64url"));
    if (text === null) throw fail("The revealed message has no text");
    return {
      seq: event.seq,
      senderId: event.sender_id,
      senderName: event.sender_name,
      sentAt: event.created_at.toISOString(),
      text,
    };
  });
}

type Membership = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

/** Within their membership: after they joined, not after they left, in an epoch whose key they were given. */
function couldRead(membership: Membership, event: CommittedEventRow): boolean {
  const { joined_seq, left_seq, from_epoch, to_epoch } = membership;
  if (event.seq <= Number(joined_seq) || (left_seq !== null && event.seq > Number(left_seq))) return false;
  if (event.epoch === null || from_epoch === null || event.epoch < from_epoch) return false;
  return to_epoch === null ? membership.left_at === null : event.epoch <= to_epoch;
}

function commitmentMatches(event: CommittedEventRow, message: RevealedMessage): boolean {
  const key = Buffer.from(message.frankingKey, "base64url");
  if (key.length !== FRANKING_KEY_BYTES || !event.commitment) return false;
  const expected = Buffer.from(event.commitment, "base64url");
  const actual = createHmac("sha256", key).update(Buffer.from(message.plaintext, "base64url")).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The payload's text ({v:1, text, ...} as UTF-8 JSON), or null when it is not such a payload. */
function textOf(plaintext: Buffer): string | null {
  try {
    const payload: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext));
    if (payload && typeof payload === "object" && "text" in payload && typeof payload.text === "string") {
      return payload.text;
    }
  } catch {
    // Not UTF-8 JSON: the franking check passed, but there is no message text to show.
  }
  return null;
}
