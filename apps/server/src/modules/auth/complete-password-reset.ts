import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { invalidField } from "../../lib/errors.js";
import { hashPassword } from "../../lib/passwords.js";
import { hashToken } from "../../lib/tokens.js";
import { passwordChangedMail } from "../mail/templates.js";
import { findUserById } from "../users/user-repository.js";
import { consumeResetToken, deleteUnusedResetTokens, setPasswordHash } from "./auth-repository.js";
import { dropLiveSockets } from "./drop-live-sockets.js";
import { deleteUserSessions } from "./session-repository.js";

const invalidToken = () =>
  invalidField("token", "This reset link has expired or was already used; ask for a new one from the sign-in page");

/** Sets a new password from a reset link, signs the account out everywhere and tells the member by mail. */
export async function completePasswordReset(
  ctx: AppContext,
  input: { token: string; password: string },
  meta: RequestMeta,
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const user = await ctx.database.transaction(async (trx) => {
    const userId = await consumeResetToken(trx, hashToken(input.token), now);
    if (!userId) throw invalidToken();
    const found = await findUserById(trx, userId);
    if (!found) throw invalidToken();
    await setPasswordHash(trx, userId, passwordHash, now);
    await deleteUnusedResetTokens(trx, userId);
    await deleteUserSessions(trx, userId);
    await ctx.audit.record(
      {
        action: "auth.password_reset_completed",
        actorId: userId,
        subjectId: userId,
        ip: meta.ip,
        requestId: meta.requestId,
      },
      trx,
    );
    return found;
  });
  await dropLiveSockets(ctx, user.id);
  await ctx.mailer
    .send(passwordChangedMail(user.email, now, `${ctx.config.publicUrl}/sign-in`))
    .catch((error: unknown) => ctx.log.error({ err: error, userId: user.id }, "password-changed notice failed"));
}
