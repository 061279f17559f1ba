import type { AppContext } from "../../context.js";
import { HOUR } from "../../lib/clock.js";
import { discardCiphertext } from "./attachment-store.js";
import {
  deleteAttachmentRows,
  findOrphanCandidates,
  findStillOrphaned,
  lockConversationForCleanup,
} from "./attachments-repository.js";

/**
 * How long an upload may wait for the message that carries it. A device uploads first and sends after,
 * and a send that did not get through (offline, 429, 503) is retried with the same client id, possibly
 * after the laptop was closed overnight; a day leaves room for that and still frees the disk daily.
 * A constant because the config has no messaging retention settings this would belong with.
 */
export const ORPHAN_ATTACHMENT_GRACE_MS = 24 * HOUR;
/** Candidates read per step; each conversation's share is then removed in its own short transaction. */
const BATCH = 500;

export interface OrphanCleanup {
  deleted: number;
  /** Files that could not be removed; their rows stay, so the next run tries again. */
  failed: number;
}

/**
 * Removes attachments uploaded more than the grace period ago that no event shows: never sent (the
 * tab closed, the send was refused) or carried only by messages their sender deleted. Reports never
 * use attachment ciphertext (they verify the revealed text against the kept commitment), so nothing
 * a report needs goes. Files whose rows an account purge or a removed conversation deleted by
 * cascade are never seen here: sweep-untracked-files.ts removes those, in the same job.
 */
export async function deleteOrphanAttachments(ctx: AppContext): Promise<OrphanCleanup> {
  const cutoff = new Date(ctx.clock.now().getTime() - ORPHAN_ATTACHMENT_GRACE_MS);
  const total: OrphanCleanup = { deleted: 0, failed: 0 };
  // Walking by id keeps a run finite even when some files cannot be removed and stay candidates.
  let afterId: string | null = null;
  for (;;) {
    const batch = await findOrphanCandidates(ctx.db, cutoff, afterId, BATCH);
    const byConversation = new Map<string, string[]>();
    for (const a of batch) {
      const ids = byConversation.get(a.conversation_id) ?? [];
      ids.push(a.id);
      byConversation.set(a.conversation_id, ids);
    }
    for (const [conversationId, ids] of byConversation) {
      const done = await removeInConversation(ctx, conversationId, ids);
      total.deleted += done.deleted;
      total.failed += done.failed;
    }
    const last = batch.at(-1);
    if (batch.length < BATCH || !last) return total;
    afterId = last.id;
  }
}

/**
 * Under the conversation's send lock, so a send cannot attach one of them meanwhile: re-checks, removes
 * each file, then deletes the rows of the files that are gone. The file goes first so a row is never
 * lost while its file remains; a crash or failed commit after that leaves a row without a file, which
 * the next run deletes (a missing file is not an error).
 */
async function removeInConversation(ctx: AppContext, conversationId: string, ids: string[]): Promise<OrphanCleanup> {
  return ctx.database.transaction(async (trx) => {
    if (!(await lockConversationForCleanup(trx, conversationId))) return { deleted: 0, failed: 0 };
    const orphans = await findStillOrphaned(trx, conversationId, ids);
    const removed: string[] = [];
    for (const orphan of orphans) {
      try {
        await discardCiphertext(ctx.config, orphan.storage_key);
        removed.push(orphan.id);
      } catch (error) {
        ctx.log.error({ err: error, attachmentId: orphan.id }, "could not delete an orphaned attachment's file");
      }
    }
    return { deleted: await deleteAttachmentRows(trx, removed), failed: orphans.length - removed.length };
  });
}
