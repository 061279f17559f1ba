import { setTimeout as sleep } from "node:timers/promises";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { HOUR } from "../../lib/clock.js";
import { hashToken, newSecretToken } from "../../lib/tokens.js";
import { passwordResetMail } from "../mail/templates.js";
import { findUserByEmail } from "../users/user-repository.js";
import { deleteUnusedResetTokens, insertResetToken } from "./auth-repository.js";

export const RESET_TOKEN_TTL_MS = HOUR;
// Answering no sooner than this hides whether the work of issuing a token was done at all.
const MIN_RESPONSE_MS = 250;

/**
 * Mails a one-hour, single-use reset link when the email belongs to an account. The answer is the
 * same, and arrives no faster, when it does not, so the form cannot be used to find accounts.
 */
export async function requestPasswordReset(ctx: AppContext, email: string, meta: RequestMeta): Promise<void> {
  await Promise.all([issueResetLink(ctx, email, meta), sleep(MIN_RESPONSE_MS)]);
}

async function issueResetLink(ctx: AppContext, email: string, meta: RequestMeta): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  const now = ctx.clock.now();
  const token = newSecretToken();
  await ctx.database.transaction(async (trx) => {
    // Only the newest link works; an older one sitting in a mailbox is void.
    await deleteUnusedResetTokens(trx, user.id);
    await insertResetToken(trx, {
      id: hashToken(token),
      userId: user.id,
      now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    });
    await ctx.audit.record(
      {
        action: "auth.password_reset_requested",
        actorId: null,
        subjectId: user.id,
        ip: meta.ip,
        requestId: meta.requestId,
      },
      trx,
    );
  });
  const link = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await ctx.mailer.send(passwordResetMail(user.email, link, RESET_TOKEN_TTL_MS / 60_000));
}
