import type { Me, SignInRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { MINUTE } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { decoyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { findRoles, findUserByEmail } from "../users/user-repository.js";
import { recordFailedSignIn, recordSuccessfulSignIn } from "./auth-repository.js";
import { presentMe } from "./presenter.js";
import { type NewSession, startSession } from "./start-session.js";

const invalidCredentials = () => new AppError(401, "invalid_credentials", "That email and password do not match");

function accountLocked(lockedUntil: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / MINUTE));
  return new AppError(
    423,
    "account_locked",
    `Too many sign-in attempts, so this account is paused for your safety. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password.`,
  );
}

/**
 * Checks a password with the same argon2 cost whether or not the email exists, whether or not the
 * account is locked, so response time reveals neither. Locks after LOGIN_MAX_FAILURES failures.
 */
export async function signIn(
  ctx: AppContext,
  input: SignInRequest,
  meta: RequestMeta,
  previousSessionId: string | null,
): Promise<{ me: Me; session: NewSession }> {
  const user = await findUserByEmail(ctx.db, input.email);
  const matches = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), input.password);
  const now = ctx.clock.now();
  const audit = { ip: meta.ip, requestId: meta.requestId };
  if (!user) {
    await ctx.audit.record({
      action: "auth.sign_in_failed",
      actorId: null,
      details: { reason: "unknown_email" },
      ...audit,
    });
    throw invalidCredentials();
  }
  const subject = { actorId: null, subjectId: user.id, ...audit };
  if (user.locked_until && user.locked_until > now) {
    await ctx.audit.record({ action: "auth.sign_in_failed", ...subject, details: { reason: "locked" } });
    throw accountLocked(user.locked_until, now);
  }
  if (!matches) {
    const lockUntil = new Date(now.getTime() + ctx.config.LOGIN_LOCKOUT_MINUTES * MINUTE);
    const { lockedUntil } = await recordFailedSignIn(ctx.db, user.id, ctx.config.LOGIN_MAX_FAILURES, lockUntil);
    await ctx.audit.record({ action: "auth.sign_in_failed", ...subject, details: { reason: "wrong_password" } });
    if (lockedUntil && lockedUntil > now) {
      await ctx.audit.record({ action: "auth.locked", ...subject, details: { until: lockedUntil.toISOString() } });
      throw accountLocked(lockedUntil, now);
    }
    throw invalidCredentials();
  }
  return ctx.database.transaction(async (trx) => {
    await recordSuccessfulSignIn(trx, user.id, now);
    const session = await startSession(ctx, trx, user.id, meta, previousSessionId);
    await ctx.audit.record({ action: "auth.sign_in", actorId: user.id, subjectId: user.id, ...audit }, trx);
    const roles = await findRoles(trx, user.id);
    return {
      me: presentMe({ ...user, last_sign_in_at: now, failed_sign_in_count: 0, locked_until: null }, roles),
      session,
    };
  });
}
