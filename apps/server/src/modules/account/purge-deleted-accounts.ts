import type { AppContext } from "../../context.js";
import { dropLiveSockets } from "../auth/drop-live-sockets.js";
import { deleteMailTo } from "../mail/mail-repository.js";
import { deleteUserIfDue, findUsersDueForPurge } from "./account-repository.js";

const BATCH = 50;

/**
 * Deletes every account whose grace period has ended, each in its own transaction, along with the
 * mail addressed to it. The audit log keeps only that an account id was purged. One account that
 * cannot be deleted does not hold up the rest; the run then fails so the problem is seen.
 */
export async function purgeDeletedAccounts(ctx: AppContext): Promise<number> {
  let purged = 0;
  const failed = new Set<string>();
  for (;;) {
    const now = ctx.clock.now();
    const due = (await findUsersDueForPurge(ctx.db, now, BATCH + failed.size)).filter((id) => !failed.has(id));
    for (const userId of due) {
      try {
        if (await purgeOne(ctx, userId, now)) purged += 1;
      } catch (error) {
        failed.add(userId);
        ctx.log.error({ err: error, userId }, "could not purge a deleted account");
      }
    }
    if (due.length < BATCH) break;
  }
  if (failed.size > 0) throw new Error(`Purged ${purged} accounts; ${failed.size} could not be purged (see the log)`);
  return purged;
}

async function purgeOne(ctx: AppContext, userId: string, now: Date): Promise<boolean> {
  const gone = await ctx.database.transaction(async (trx) => {
    const user = await deleteUserIfDue(trx, userId, now);
    if (!user) return false;
    await deleteMailTo(trx, user.email);
    await ctx.audit.record({ action: "account.purged", actorId: null, subjectId: userId }, trx);
    return true;
  });
  if (gone) await dropLiveSockets(ctx, userId);
  return gone;
}
