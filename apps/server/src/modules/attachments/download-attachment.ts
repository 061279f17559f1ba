import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { openCiphertext } from "./attachment-store.js";
import { findAttachment, findCurrentMembership, isCarriedAfter } from "./attachments-repository.js";

/**
 * The ciphertext of an attachment, for its uploader and for current members who can see a message
 * carrying it (one sent after they joined). Anyone else never had the message holding its key, so
 * they get nothing, not even confirmation that it exists.
 */
export async function downloadAttachment(ctx: AppContext, userId: string, conversationId: string, id: string) {
  const membership = await findCurrentMembership(ctx.db, conversationId, userId);
  const attachment = membership ? await findAttachment(ctx.db, conversationId, id) : undefined;
  const visible =
    membership &&
    attachment &&
    (attachment.uploader_id === userId ||
      (await isCarriedAfter(ctx.db, conversationId, id, Number(membership.joined_seq))));
  if (!attachment || !visible) throw notFound("Attachment");
  try {
    return { size: attachment.size, stream: await openCiphertext(ctx.config, attachment.storage_key) };
  } catch (error) {
    ctx.log.error({ err: error, attachmentId: id }, "attachment file missing");
    throw notFound("Attachment");
  }
}
