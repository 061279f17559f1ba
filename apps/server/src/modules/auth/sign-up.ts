import type { Me, SignUpRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { isUniqueViolation } from "../../db/errors.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { conflict } from "../../lib/errors.js";
import { hashPassword } from "../../lib/passwords.js";
import { findUserByEmail, insertUser, replaceRoles } from "../users/user-repository.js";
import { presentMe } from "./presenter.js";
import { type NewSession, startSession } from "./start-session.js";

const emailTaken = () =>
  conflict("An account with this email already exists; sign in or reset your password", [
    { field: "email", reason: "Already registered" },
  ]);

/** Creates a member (a mentee until onboarding adds more) and signs them in. */
export async function signUp(
  ctx: AppContext,
  input: SignUpRequest,
  meta: RequestMeta,
  previousSessionId: string | null,
): Promise<{ me: Me; session: NewSession }> {
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken();
  // Hash before the transaction: argon2 takes tens of milliseconds and needs no connection.
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  try {
    return await ctx.database.transaction(async (trx) => {
      const user = await insertUser(trx, {
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        real_name: input.realName || null,
        created_at: now,
        updated_at: now,
        last_sign_in_at: now,
      });
      await replaceRoles(trx, user.id, ["mentee"], null, now);
      const session = await startSession(ctx, trx, user.id, meta, previousSessionId);
      await ctx.audit.record(
        { action: "auth.sign_up", actorId: user.id, subjectId: user.id, ip: meta.ip, requestId: meta.requestId },
        trx,
      );
      return { me: presentMe(user, ["mentee"]), session };
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
