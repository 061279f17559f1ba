import type { SendEventRequest } from "@mentalverse/shared";
import { AppError, conflict, invalidField, notFound } from "../../lib/errors.js";
import type { LockedConversation } from "./event-batch-repository.js";
import type { EventRow } from "./events-repository.js";
import { notAMemberAnyMore } from "./membership.js";
import { effectiveState } from "./presenter.js";

/** What a batch loaded about one send: its conversation, the sender's membership, device, target, attachments. */
export interface SendFacts {
  userId: string;
  input: SendEventRequest;
  now: Date;
  conversation: LockedConversation | undefined;
  membership: { joined_seq: number; left_at: Date | null; muted_until: Date | null } | undefined;
  device: { user_id: string; revoked_at: Date | null } | undefined;
  target: Pick<EventRow, "seq" | "kind" | "sender_id" | "deleted_at"> | undefined;
  attachments: ({ conversation_id: string; uploader_id: string } | undefined)[];
}

const refused = (status: number, message: string, field: string, reason: string) =>
  new AppError(status, status === 403 ? "forbidden" : "conflict", message, [{ field, reason }]);

/** 404 unless the conversation exists and the sender is or was in it (checked before the retry lookup). */
export function checkKnown(facts: SendFacts): void {
  if (!facts.conversation || !facts.membership) throw notFound("Conversation");
}

/**
 * The rules a new event must pass, in the order a member would want to hear them: are you in it,
 * may you speak, is it open, is this your device, is the key current, is the target right.
 */
export function checkSend(facts: SendFacts): void {
  const { input, userId, now } = facts;
  const conversation = facts.conversation as LockedConversation;
  const membership = facts.membership as NonNullable<SendFacts["membership"]>;
  if (membership.left_at) throw notAMemberAnyMore();
  if (membership.muted_until && membership.muted_until > now) {
    throw refused(403, `You are muted here until ${membership.muted_until.toISOString()}`, "conversationId", "muted");
  }
  if (effectiveState(conversation) !== "open") {
    throw refused(409, "This conversation is read-only now", "conversationId", "read only");
  }
  if (!facts.device || facts.device.user_id !== userId || facts.device.revoked_at) {
    throw refused(403, "Send from one of your active devices", "senderDeviceId", "not one of your active devices");
  }
  if (input.kind !== "delete" && (input.epoch !== conversation.current_epoch || conversation.rekey_needed)) {
    throw refused(
      409,
      "rekey needed",
      "epoch",
      conversation.rekey_needed || conversation.current_epoch === null
        ? "a new key epoch is needed"
        : `the current epoch is ${conversation.current_epoch}`,
    );
  }
  if (input.kind !== "message") checkTarget(facts, Number(membership.joined_seq));
  facts.attachments.forEach((attachment, i) => {
    if (!attachment || attachment.conversation_id !== conversation.id || attachment.uploader_id !== userId) {
      throw invalidField(`attachmentIds[${i}]`, "not an attachment you uploaded to this conversation");
    }
  });
}

/**
 * Edits and deletes: the sender's own undeleted message. Reactions: any undeleted message they can
 * see, i.e. numbered after the conversation's last number when they joined.
 */
function checkTarget(facts: SendFacts, joinedSeq: number): void {
  const { target, input, userId } = facts;
  if (target?.kind !== "message" || Number(target.seq) <= joinedSeq) {
    throw invalidField("targetSeq", "no message with this number");
  }
  if (input.kind !== "reaction" && target.sender_id !== userId) {
    throw refused(403, `Only its sender may ${input.kind} a message`, "targetSeq", "not your message");
  }
  if (target.deleted_at) throw conflict("That message was deleted", [{ field: "targetSeq", reason: "deleted" }]);
}
