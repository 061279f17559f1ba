import type { RecoveryState, SetRecoveryRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { findOwnDevice } from "./devices-repository.js";
import { requireRecoverySignature, requireUsableKeys } from "./key-signatures.js";
import { listCurrentConversationIdsOf } from "./members-repository.js";
import { notifyConversationsChanged } from "./notify-conversation-changed.js";
import { presentRecovery } from "./presenter.js";
import { findRecoveryKey, upsertRecoveryKey } from "./recovery-repository.js";

export const RECOVERY_CHANGED_NOTICE = {
  kind: "account.recovery_key_changed",
  title: "Your recovery key was changed",
  body: "A new recovery key (or passphrase) was set for your secure messages. If this was not you, remove devices you do not recognise and set a new recovery key.",
  link: "/messages/setup",
} as const;

/**
 * Sets or replaces the caller's recovery public key (the secret never reaches the server) and the
 * optional passphrase wrap. One of the caller's active devices must sign it (422 otherwise), so the
 * other members' clients can tell it is the member's and not one the server put there. A new key
 * needs envelopes of the current epochs: members' clients are told the conversations changed and top
 * them up. The member is told too: with a session alone someone could otherwise swap it unseen.
 */
export async function setRecovery(ctx: AppContext, userId: string, input: SetRecoveryRequest): Promise<RecoveryState> {
  await requireUsableKeys({ boxPublicKey: { field: "recoveryPublicKey", value: input.recoveryPublicKey } });
  const device = await findOwnDevice(ctx.db, userId, input.signedByDeviceId);
  if (!device || device.revoked_at) throw invalidField("signedByDeviceId", "not one of your active devices");
  requireRecoverySignature(userId, input, device.sign_public_key);
  const before = await findRecoveryKey(ctx.db, userId);
  const row = await upsertRecoveryKey(ctx.db, {
    userId,
    recoveryPublicKey: input.recoveryPublicKey,
    passphraseWrap: input.passphraseWrap,
    signedByDeviceId: device.id,
    signature: input.signature,
    now: ctx.clock.now(),
  });
  const keyChanged = before?.recovery_public_key !== row.recovery_public_key;
  if (keyChanged) await notifyConversationsChanged(ctx, await listCurrentConversationIdsOf(ctx.db, userId));
  // The first one is set while setting up messaging, on the member's own screen: only changes are news.
  const wrapChanged = JSON.stringify(before?.passphrase_wrap ?? null) !== JSON.stringify(row.passphrase_wrap ?? null);
  if (before && (keyChanged || wrapChanged)) {
    await ctx.notifier.notify(userId, RECOVERY_CHANGED_NOTICE);
  }
  return presentRecovery(row);
}
