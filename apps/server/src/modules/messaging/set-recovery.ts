import type { RecoveryState, SetRecoveryRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listCurrentConversationIdsOf } from "./members-repository.js";
import { notifyConversationsChanged } from "./notify-conversation-changed.js";
import { presentRecovery } from "./presenter.js";
import { findRecoveryKey, upsertRecoveryKey } from "./recovery-repository.js";

/**
 * Sets or replaces the caller's recovery public key (the secret never reaches the server) and the
 * optional passphrase wrap. A new key needs envelopes of the current epochs: members' clients are
 * told the conversations changed and top them up.
 */
export async function setRecovery(ctx: AppContext, userId: string, input: SetRecoveryRequest): Promise<RecoveryState> {
  const before = await findRecoveryKey(ctx.db, userId);
  const row = await upsertRecoveryKey(ctx.db, {
    userId,
    recoveryPublicKey: input.recoveryPublicKey,
    passphraseWrap: input.passphraseWrap,
    now: ctx.clock.now(),
  });
  if (before?.recovery_public_key !== row.recovery_public_key) {
    await notifyConversationsChanged(ctx, await listCurrentConversationIdsOf(ctx.db, userId));
  }
  return presentRecovery(row);
}
