import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { hashPassword } from "../../lib/passwords.js";
import { setPasswordHash } from "../auth/auth-repository.js";
import { dropLiveSockets } from "../auth/drop-live-sockets.js";
import { deleteUserSessions } from "../auth/session-repository.js";
import { passwordChangedMail } from "../mail/templates.js";
import { confirmPassword } from "./confirm-password.js";

/** Replaces the password after checking the current one; every other session of the member ends. */
export async function changePassword(
  ctx: AppContext,
  caller: Caller,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await confirmPassword(ctx.db, caller.userId, input.currentPassword, "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.database.transaction(async (trx) => {
    await setPasswordHash(trx, caller.userId, passwordHash, now);
    await deleteUserSessions(trx, caller.userId, caller.sessionId);
    await ctx.audit.record(
      {
        action: "account.password_changed",
        actorId: caller.userId,
        subjectId: caller.userId,
        ip: meta.ip,
        requestId: meta.requestId,
      },
      trx,
    );
  });
  await dropLiveSockets(ctx, caller.userId);
  await ctx.mailer
    .send(passwordChangedMail(user.email, now, `${ctx.config.publicUrl}/sign-in`))
    .catch((error: unknown) => ctx.log.error({ err: error, userId: caller.userId }, "password-changed notice failed"));
}
