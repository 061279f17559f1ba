import type { AppContext } from "../../context.js";
import { conflict, invalidField, notFound } from "../../lib/errors.js";
import { discardCiphertext, storeCiphertext } from "./attachment-store.js";
import { findCurrentMembership, insertAttachment } from "./attachments-repository.js";

/**
 * Stores an attachment the member's device already encrypted (the key travels in the message, never
 * here). Current members of an open conversation only; the size limit is enforced while reading the body.
 */
export async function uploadAttachment(ctx: AppContext, userId: string, conversationId: string, bytes: Buffer) {
  const membership = await findCurrentMembership(ctx.db, conversationId, userId);
  if (!membership) throw notFound("Conversation");
  if (membership.state !== "open") throw conflict("This conversation is read-only; nothing new can be added");
  if (bytes.length === 0) throw invalidField("body", "The attachment is empty");
  const key = await storeCiphertext(ctx.config, conversationId, bytes);
  try {
    const id = await insertAttachment(ctx.db, {
      conversationId,
      uploaderId: userId,
      size: bytes.length,
      storageKey: key,
      now: ctx.clock.now(),
    });
    return { id, size: bytes.length };
  } catch (error) {
    await discardCiphertext(ctx.config, key);
    throw error;
  }
}
