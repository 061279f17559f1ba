import type { AddEnvelopesRequest, ConversationDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import { lockConversation } from "./conversations-repository.js";
import { checkCoverage, checkRecoveryKeysCurrent } from "./envelope-coverage.js";
import { readConversationDetail } from "./get-conversation.js";
import {
  insertEnvelopes,
  listActiveMemberDevices,
  listEnvelopeDeviceIds,
  listMemberRecoveryKeys,
  listRecoveryEnvelopeKeys,
  upsertRecoveryEnvelopes,
} from "./keys-repository.js";
import { requireCurrentMember } from "./membership.js";
import { notifyConversationChanged } from "./notify-conversation-changed.js";

/**
 * A member's device that holds the current key seals it to devices (and recovery keys) of current
 * members that have none yet: a newly registered device, a newly set recovery key. Only for the
 * current epoch, and never over an existing envelope (a recovery envelope sealed to a key the
 * member has since replaced is the one exception: it is replaced).
 */
export async function addEnvelopes(
  ctx: AppContext,
  userId: string,
  conversationId: string,
  epoch: number,
  input: AddEnvelopesRequest,
): Promise<ConversationDetail> {
  await ctx.database.transaction(async (trx) => {
    const conversation = await lockConversation(trx, conversationId);
    if (!conversation) throw notFound("Conversation");
    await requireCurrentMember(trx, conversationId, userId);
    if (conversation.current_epoch !== epoch) {
      throw conflict("Envelopes can be added to the current key epoch only", [
        { field: "epoch", reason: `the current epoch is ${conversation.current_epoch ?? "none"}` },
      ]);
    }
    const [devices, recoveryKeys, sealedDevices, sealedRecovery] = await Promise.all([
      listActiveMemberDevices(trx, conversationId),
      listMemberRecoveryKeys(trx, conversationId),
      listEnvelopeDeviceIds(trx, conversationId, epoch),
      listRecoveryEnvelopeKeys(trx, conversationId, epoch),
    ]);
    const recoveryKeyOf = new Map(recoveryKeys.map((k) => [k.user_id, k.recovery_public_key]));
    checkCoverage({
      list: "envelopes",
      key: "deviceId",
      given: input.envelopes.map((e) => e.deviceId),
      allowed: new Set(devices.map((d) => d.id)),
      sealed: sealedDevices,
      mustCoverAll: false,
    });
    checkCoverage({
      list: "recoveryEnvelopes",
      key: "userId",
      given: input.recoveryEnvelopes.map((e) => e.userId),
      allowed: new Set(recoveryKeyOf.keys()),
      sealed: new Set([...sealedRecovery].filter(([id, key]) => recoveryKeyOf.get(id) === key).map(([id]) => id)),
      mustCoverAll: false,
    });
    checkRecoveryKeysCurrent(input.recoveryEnvelopes, recoveryKeys);
    await insertEnvelopes(trx, conversationId, epoch, input.envelopes);
    await upsertRecoveryEnvelopes(trx, conversationId, epoch, input.recoveryEnvelopes);
  });
  await notifyConversationChanged(ctx, conversationId);
  return readConversationDetail(ctx.db, conversationId, userId);
}
