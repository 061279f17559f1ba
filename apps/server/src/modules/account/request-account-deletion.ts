import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { DAY } from "../../lib/clock.js";
import { dropLiveSockets } from "../auth/drop-live-sockets.js";
import { deleteUserSessions } from "../auth/session-repository.js";
import { deletionScheduledMail } from "../mail/templates.js";
import { scheduleDeletion } from "./account-repository.js";
import { confirmPassword } from "./confirm-password.js";

/**
 * Schedules the account for deletion after the grace period, once the password confirms it is the
 * member asking. Other devices are signed out; signing in again during the grace period still
 * works, so the member can change their mind. Asking twice keeps the first date.
 */
export async function requestAccountDeletion(
  ctx: AppContext,
  caller: Caller,
  password: string,
  meta: RequestMeta,
): Promise<{ deletionScheduledFor: string }> {
  const user = await confirmPassword(ctx.db, caller.userId, password, "password");
  if (user.deletion_scheduled_for) return { deletionScheduledFor: user.deletion_scheduled_for.toISOString() };
  const now = ctx.clock.now();
  const scheduledFor = new Date(now.getTime() + ctx.config.ACCOUNT_DELETION_GRACE_DAYS * DAY);
  await ctx.database.transaction(async (trx) => {
    await scheduleDeletion(trx, caller.userId, now, scheduledFor);
    await deleteUserSessions(trx, caller.userId, caller.sessionId);
    await ctx.audit.record(
      {
        action: "account.deletion_requested",
        actorId: caller.userId,
        subjectId: caller.userId,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { scheduledFor: scheduledFor.toISOString() },
      },
      trx,
    );
  });
  await dropLiveSockets(ctx, caller.userId);
  await ctx.mailer
    .send(deletionScheduledMail(user.email, scheduledFor, `${ctx.config.publicUrl}/sign-in`))
    .catch((error: unknown) => ctx.log.error({ err: error, userId: caller.userId }, "deletion notice failed"));
  return { deletionScheduledFor: scheduledFor.toISOString() };
}
