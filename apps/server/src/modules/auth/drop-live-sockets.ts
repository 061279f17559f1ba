import type { AppContext } from "../../context.js";
import { countLiveSessions } from "./auth-repository.js";

/**
 * Tells the member's open tabs that sessions ended. Sockets are joined per member, not per
 * session, so: when no session is left, every tab hears `session:ended` and shows the sign-in page;
 * when some remain (other devices), sockets are only dropped, and each tab re-checks its own
 * session on the hang-up and reconnects if it is still live. Either way no socket outlives it.
 */
export async function dropLiveSockets(ctx: AppContext, userId: string): Promise<void> {
  try {
    if ((await countLiveSessions(ctx.db, userId, ctx.clock.now())) === 0) {
      ctx.realtime.emitToUser(userId, "session:ended", undefined);
    }
  } finally {
    ctx.realtime.disconnectUser(userId);
  }
}
