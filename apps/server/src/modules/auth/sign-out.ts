import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { dropLiveSockets } from "./drop-live-sockets.js";
import { deleteSession } from "./session-repository.js";

/** Ends the caller's session, if there still is one, and drops the member's live sockets. */
export async function signOut(ctx: AppContext, caller: Caller | null, meta: RequestMeta): Promise<void> {
  if (!caller) return;
  await ctx.database.transaction(async (trx) => {
    await deleteSession(trx, caller.sessionId);
    await ctx.audit.record(
      {
        action: "auth.sign_out",
        actorId: caller.userId,
        subjectId: caller.userId,
        ip: meta.ip,
        requestId: meta.requestId,
      },
      trx,
    );
  });
  await dropLiveSockets(ctx, caller.userId);
}
