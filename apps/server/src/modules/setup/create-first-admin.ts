import type { CreateFirstAdminRequestSchema, Me } from "@mentalverse/shared";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { isUniqueViolation } from "../../db/errors.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { conflict, invalidField } from "../../lib/errors.js";
import { hashPassword } from "../../lib/passwords.js";
import { hashToken } from "../../lib/tokens.js";
import { lockAdminRoleChanges } from "../admin/admin-repository.js";
import { presentMe } from "../auth/presenter.js";
import { type NewSession, startSession } from "../auth/start-session.js";
import { countUsersWithRole, findUserByEmail, insertUser, replaceRoles } from "../users/user-repository.js";
import { consumeSetupToken, isSetupTokenUsable } from "./setup-repository.js";

export type CreateFirstAdminInput = z.infer<typeof CreateFirstAdminRequestSchema>;

const alreadySetUp = () => conflict("This platform already has an administrator; sign in instead");
const badToken = () =>
  invalidField("token", "This setup link is invalid, expired or already used; restart the server to print a new one");
const emailTaken = () =>
  conflict("An account with this email already exists; use another email for the administrator", [
    { field: "email", reason: "Already registered" },
  ]);

/**
 * Creates the first administrator from the one-time link the server printed, and signs them in.
 * Everything is re-checked under the admin-role lock in one transaction, so two racing requests
 * cannot both create an administrator: the second finds one already there.
 */
export async function createFirstAdmin(
  ctx: AppContext,
  input: CreateFirstAdminInput,
  meta: RequestMeta,
  previousSessionId: string | null,
): Promise<{ me: Me; session: NewSession }> {
  const tokenId = hashToken(input.token);
  // Cheap checks first, so a bad request never costs an argon2 hash.
  if ((await countUsersWithRole(ctx.db, "admin")) > 0) throw alreadySetUp();
  if (!(await isSetupTokenUsable(ctx.db, tokenId, ctx.clock.now()))) throw badToken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.database.transaction(async (trx) => {
      await lockAdminRoleChanges(trx);
      const now = ctx.clock.now();
      if ((await countUsersWithRole(trx, "admin")) > 0) throw alreadySetUp();
      if (!(await consumeSetupToken(trx, tokenId, now))) throw badToken();
      if (await findUserByEmail(trx, input.email)) throw emailTaken();
      const user = await insertUser(trx, {
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        created_at: now,
        updated_at: now,
        last_sign_in_at: now,
      });
      await replaceRoles(trx, user.id, ["admin"], null, now);
      const session = await startSession(ctx, trx, user.id, meta, previousSessionId);
      await ctx.audit.record(
        {
          action: "setup.first_admin_created",
          actorId: user.id,
          subjectId: user.id,
          ip: meta.ip,
          requestId: meta.requestId,
        },
        trx,
      );
      return { me: presentMe(user, ["admin"]), session };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
