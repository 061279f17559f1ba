import type { ConversationDetail, NewKeyEpochRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, invalidField, notFound } from "../../lib/errors.js";
import { lockConversation, setCurrentEpoch } from "./conversations-repository.js";
import { findOwnDevice } from "./devices-repository.js";
import { checkCoverage } from "./envelope-coverage.js";
import { readConversationDetail } from "./get-conversation.js";
import {
  insertEnvelopes,
  insertEpoch,
  listActiveMemberDevices,
  listMemberRecoveryKeys,
  upsertRecoveryEnvelopes,
} from "./keys-repository.js";
import { startMembersAtEpoch } from "./members-repository.js";
import { requireCurrentMember } from "./membership.js";
import { notifyConversationChanged } from "./notify-conversation-changed.js";

/**
 * A member's device made a new conversation key and sealed it to every active device of every
 * current member and to every current member's recovery key. It becomes the current epoch (numbers
 * go up by one; a second device racing for the same number gets 409), clears the rekey flag, and
 * is the first epoch of members who joined since the last one.
 */
export async function createKeyEpoch(
  ctx: AppContext,
  userId: string,
  conversationId: string,
  input: NewKeyEpochRequest,
): Promise<ConversationDetail> {
  const now = ctx.clock.now();
  await ctx.database.transaction(async (trx) => {
    const conversation = await lockConversation(trx, conversationId);
    if (!conversation) throw notFound("Conversation");
    await requireCurrentMember(trx, conversationId, userId);
    const device = await findOwnDevice(trx, userId, input.createdByDeviceId);
    if (!device || device.revoked_at) throw invalidField("createdByDeviceId", "not one of your active devices");
    const expected = (conversation.current_epoch ?? 0) + 1;
    if (input.epoch !== expected) {
      throw conflict(`The next key epoch is ${expected}`, [{ field: "epoch", reason: `expected ${expected}` }]);
    }
    const [devices, recoveryKeys] = await Promise.all([
      listActiveMemberDevices(trx, conversationId),
      listMemberRecoveryKeys(trx, conversationId),
    ]);
    checkCoverage({
      list: "envelopes",
      key: "deviceId",
      given: input.envelopes.map((e) => e.deviceId),
      allowed: new Set(devices.map((d) => d.id)),
      mustCoverAll: true,
    });
    checkCoverage({
      list: "recoveryEnvelopes",
      key: "userId",
      given: input.recoveryEnvelopes.map((e) => e.userId),
      allowed: new Set(recoveryKeys.map((k) => k.user_id)),
      mustCoverAll: true,
    });
    const recoveryKeyOf = new Map(recoveryKeys.map((k) => [k.user_id, k.recovery_public_key]));
    await insertEpoch(trx, { conversationId, epoch: input.epoch, createdByDeviceId: device.id, now });
    await insertEnvelopes(trx, conversationId, input.epoch, input.envelopes);
    await upsertRecoveryEnvelopes(
      trx,
      conversationId,
      input.epoch,
      input.recoveryEnvelopes.map((e) => ({ ...e, recoveryPublicKey: recoveryKeyOf.get(e.userId) as string })),
    );
    await setCurrentEpoch(trx, conversationId, input.epoch);
    await startMembersAtEpoch(trx, conversationId, input.epoch);
  });
  await notifyConversationChanged(ctx, conversationId);
  return readConversationDetail(ctx.db, conversationId, userId);
}
