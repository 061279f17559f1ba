import type { ConversationDetail, NewKeyEpochRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { AppError, conflict, invalidField, notFound } from "../../lib/errors.js";
import { lockConversation, setCurrentEpoch } from "./conversations-repository.js";
import { findOwnDevice } from "./devices-repository.js";
import { checkCoverage, checkRecoveryKeysCurrent } from "./envelope-coverage.js";
import { readConversationDetail } from "./get-conversation.js";
import { requireKeyEpochSignature } from "./key-signatures.js";
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

/** A BLAKE2b-256 commitment: exactly 32 bytes, canonical base64url. */
const COMMITMENT = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/**
 * A member's device made a new conversation key, sealed it to every active device of every current
 * member and to every current member's recovery key, and signed its commitment to it. It becomes the
 * current epoch (numbers go up by one; a second device racing for the same number gets 409), clears
 * the rekey flag, and is the first epoch of members who joined since the last one. Only when a key is
 * needed (none yet, or membership or devices changed): otherwise any member could keep replacing the
 * key. A muted member may not, as they may not send.
 */
export async function createKeyEpoch(
  ctx: AppContext,
  userId: string,
  conversationId: string,
  input: NewKeyEpochRequest,
): Promise<ConversationDetail> {
  const now = ctx.clock.now();
  if (!COMMITMENT.test(input.keyCommitment)) throw invalidField("keyCommitment", "must be 32 bytes in base64url");
  await ctx.database.transaction(async (trx) => {
    const conversation = await lockConversation(trx, conversationId);
    if (!conversation) throw notFound("Conversation");
    const member = await requireCurrentMember(trx, conversationId, userId);
    if (member.muted_until && member.muted_until > now) {
      throw new AppError(403, "forbidden", "You are muted here and cannot change the conversation's key", [
        { field: "conversationId", reason: "muted" },
      ]);
    }
    const device = await findOwnDevice(trx, userId, input.createdByDeviceId);
    if (!device || device.revoked_at) throw invalidField("createdByDeviceId", "not one of your active devices");
    const expected = (conversation.current_epoch ?? 0) + 1;
    if (input.epoch !== expected) {
      throw conflict(`The next key epoch is ${expected}`, [{ field: "epoch", reason: `expected ${expected}` }]);
    }
    if (conversation.current_epoch !== null && !conversation.rekey_needed) {
      throw conflict("This conversation's key is current", [{ field: "epoch", reason: "no new key needed" }]);
    }
    requireKeyEpochSignature(conversationId, input, device.sign_public_key);
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
    checkRecoveryKeysCurrent(input.recoveryEnvelopes, recoveryKeys);
    await insertEpoch(trx, {
      conversationId,
      epoch: input.epoch,
      createdByDeviceId: device.id,
      keyCommitment: input.keyCommitment,
      signature: input.signature,
      now,
    });
    await insertEnvelopes(trx, conversationId, input.epoch, input.envelopes);
    await upsertRecoveryEnvelopes(trx, conversationId, input.epoch, input.recoveryEnvelopes);
    await setCurrentEpoch(trx, conversationId, input.epoch);
    await startMembersAtEpoch(trx, conversationId, input.epoch);
  });
  await notifyConversationChanged(ctx, conversationId);
  return readConversationDetail(ctx.db, conversationId, userId);
}
