import type { Me } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { unauthenticated } from "../../lib/errors.js";
import { findMe } from "../auth/get-session.js";
import { cancelDeletion } from "./account-repository.js";

/** Keeps the account: clears a scheduled deletion. Cancelling when nothing is scheduled changes nothing. */
export async function cancelAccountDeletion(ctx: AppContext, caller: Caller, meta: RequestMeta): Promise<Me> {
  return ctx.database.transaction(async (trx) => {
    const cancelled = await cancelDeletion(trx, caller.userId, ctx.clock.now());
    if (cancelled) {
      await ctx.audit.record(
        {
          action: "account.deletion_cancelled",
          actorId: caller.userId,
          subjectId: caller.userId,
          ip: meta.ip,
          requestId: meta.requestId,
        },
        trx,
      );
    }
    const me = await findMe(trx, caller.userId);
    if (!me) throw unauthenticated();
    return me;
  });
}
