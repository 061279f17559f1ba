import type { Me, UpdateProfileRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { unauthenticated } from "../../lib/errors.js";
import { presentMe } from "../auth/presenter.js";
import { findRoles } from "../users/user-repository.js";
import { updateProfile as updateProfileRow } from "./account-repository.js";

/** Changes the pseudonym and/or the private real name; the audit records which, never the values. */
export async function updateProfile(
  ctx: AppContext,
  caller: Caller,
  input: UpdateProfileRequest,
  meta: RequestMeta,
): Promise<Me> {
  const realName = input.realName === undefined ? undefined : input.realName || null;
  return ctx.database.transaction(async (trx) => {
    const user = await updateProfileRow(
      trx,
      caller.userId,
      { displayName: input.displayName, realName },
      ctx.clock.now(),
    );
    if (!user) throw unauthenticated();
    const fields = [input.displayName !== undefined && "displayName", realName !== undefined && "realName"].filter(
      Boolean,
    );
    await ctx.audit.record(
      {
        action: "account.profile_updated",
        actorId: caller.userId,
        subjectId: caller.userId,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { fields },
      },
      trx,
    );
    return presentMe(user, await findRoles(trx, caller.userId));
  });
}
