import type { ConversationEvent } from "@mentalverse/shared";
import type { Opened } from "./decrypt.js";
import { EditPayloadSchema, isKnownReaction, MessagePayloadSchema, ReactionPayloadSchema } from "./payloads.js";
import type { DecryptedMessage } from "./types.js";

/** A message as the page shows it: why its text may be missing travels with it. */
export interface TimelineMessage extends DecryptedMessage {
  /** ok; unverified (a check failed: never shown); no-key (this device was never given that key). */
  status: "ok" | "unverified" | "no-key";
}

export type TimelineItem =
  | { type: "message"; seq: number; message: TimelineMessage }
  | { type: "system"; seq: number; text: string; createdAt: string };

/**
 * Folds the conversation log (ascending, one entry per seq) into what is shown: messages with their
 * latest verified edit, reactions per member, deletions. Edits and deletions count only from the
 * message's own sender; anything that fails verification changes nothing.
 */
export function buildTimeline(
  events: readonly ConversationEvent[],
  open: (event: ConversationEvent) => Opened,
  nameOf: (userId: string | null) => string,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const messages = new Map<number, TimelineMessage>();
  for (const event of events) {
    if (event.kind === "system") {
      items.push({ type: "system", seq: event.seq, text: event.system?.text ?? "", createdAt: event.createdAt });
      continue;
    }
    if (event.kind === "message") {
      const message = readMessage(event, open, nameOf);
      messages.set(event.seq, message);
      items.push({ type: "message", seq: event.seq, message });
      continue;
    }
    const target = event.targetSeq === null ? undefined : messages.get(event.targetSeq);
    if (!target) continue;
    if (event.kind === "delete") {
      if (event.senderId === target.senderId) markDeleted(target);
    } else if (event.kind === "edit") {
      applyEdit(target, event, open);
    } else if (event.kind === "reaction") {
      applyReaction(target, event, open);
    }
  }
  return items;
}

function readMessage(
  event: ConversationEvent,
  open: (event: ConversationEvent) => Opened,
  nameOf: (userId: string | null) => string,
): TimelineMessage {
  const message: TimelineMessage = {
    seq: event.seq,
    senderId: event.senderId,
    senderName: nameOf(event.senderId),
    createdAt: event.createdAt,
    text: "",
    edited: false,
    deleted: false,
    reactions: [],
    attachments: [],
    revealed: null,
    verified: false,
    status: "unverified",
  };
  const wiped = event.deletedAt !== null || event.ciphertext === null;
  const opened = open(event);
  if (opened.status !== "ok") {
    if (wiped) markDeleted(message);
    else message.status = opened.status;
    return message;
  }
  const payload = MessagePayloadSchema.safeParse(opened.payload);
  if (!payload.success) {
    if (wiped) markDeleted(message);
    return message;
  }
  message.status = "ok";
  message.verified = true;
  message.text = payload.data.text;
  message.attachments = (payload.data.attachments ?? []).flatMap((a) => (a.nonce ? [{ ...a, nonce: a.nonce }] : []));
  message.revealed = { seq: event.seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey };
  // Deleted before this page loaded, but this device kept the copy it showed (kept-events.ts):
  // never shown again, still evidence for a report.
  if (wiped) markDeleted(message);
  return message;
}

function markDeleted(message: TimelineMessage) {
  keepAsEvidence(message);
  message.deleted = true;
  message.text = "";
  message.attachments = [];
  message.revealed = null;
  message.reactions = [];
}

function applyEdit(target: TimelineMessage, event: ConversationEvent, open: (event: ConversationEvent) => Opened) {
  if (event.senderId !== target.senderId) return;
  // An edit of a message deleted before this page loaded, or one the server wiped: not shown, but
  // when this device verified the message, a version that still verifies goes with a report of it.
  const hidden = target.deleted || event.deletedAt !== null || event.ciphertext === null;
  if (hidden && !target.verified) return;
  const opened = open(event);
  if (opened.status !== "ok") return;
  const payload = EditPayloadSchema.safeParse(opened.payload);
  if (!payload.success) return;
  const version = { seq: event.seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey };
  if (hidden) {
    target.evidence = [...(target.evidence ?? []), version];
    return;
  }
  target.text = payload.data.text;
  target.edited = true;
  // What a report reveals is what was on screen: the edit's own committed bytes; what it replaced
  // goes along as evidence.
  if (target.verified) {
    keepAsEvidence(target);
    target.revealed = version;
  }
}

function keepAsEvidence(message: TimelineMessage) {
  if (message.revealed) message.evidence = [...(message.evidence ?? []), message.revealed];
}

function applyReaction(target: TimelineMessage, event: ConversationEvent, open: (event: ConversationEvent) => Opened) {
  if (target.deleted || !event.senderId) return;
  const opened = open(event);
  if (opened.status !== "ok") return;
  const payload = ReactionPayloadSchema.safeParse(opened.payload);
  if (!payload.success) return;
  const { emoji, remove } = payload.data;
  // Only the fixed set: any other "emoji" could carry words that no report can reach.
  if (!isKnownReaction(emoji)) return;
  const existing = target.reactions.find((r) => r.emoji === emoji);
  const others = existing?.userIds.filter((id) => id !== event.senderId) ?? [];
  const userIds = remove ? others : [...others, event.senderId];
  target.reactions = existing
    ? target.reactions.map((r) => (r.emoji === emoji ? { emoji, userIds } : r)).filter((r) => r.userIds.length > 0)
    : userIds.length > 0
      ? [...target.reactions, { emoji, userIds }]
      : target.reactions;
}
