import type { ConversationDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findConversation } from "./conversations-repository.js";
import { readFormerDetail } from "./former-member-view.js";
import {
  listActiveMemberDevices,
  listDevicesOfMembers,
  listEnvelopeDeviceIds,
  listMemberRecoveryKeys,
  listRecoveryEnvelopeKeys,
} from "./keys-repository.js";
import { countUnread, listMembersOf } from "./members-repository.js";
import { presentDetail } from "./presenter.js";

/**
 * A conversation as one member sees it: members, every member device's public keys, recovery keys,
 * and what the current key epoch still lacks. A former member sees it as it stood when they left
 * (former-member-view.ts). 404 for anyone never a member.
 */
export async function getConversationDetail(
  ctx: Pick<AppContext, "db">,
  conversationId: string,
  viewerId: string,
): Promise<ConversationDetail> {
  return readConversationDetail(ctx.db, conversationId, viewerId);
}

/** Same, on a given executor. */
export async function readConversationDetail(
  db: Db,
  conversationId: string,
  viewerId: string,
): Promise<ConversationDetail> {
  const conversation = await findConversation(db, conversationId);
  const members = conversation ? await listMembersOf(db, [conversationId]) : [];
  const me = members.find((m) => m.user_id === viewerId);
  if (!conversation || !me) throw notFound("Conversation");
  if (me.left_at !== null) return readFormerDetail(db, conversation, me, members);
  const [unread, devices, recoveryKeys, missingEnvelopes] = await Promise.all([
    countUnread(db, viewerId, [conversationId]),
    listDevicesOfMembers(db, conversationId),
    listMemberRecoveryKeys(db, conversationId),
    findMissingEnvelopes(db, conversationId, conversation.current_epoch),
  ]);
  return presentDetail({
    conversation,
    viewerId,
    viewer: { role: me.role, leftAt: me.left_at, mutedUntil: me.muted_until, lastReadSeq: Number(me.last_read_seq) },
    members,
    unread: unread.get(conversationId) ?? 0,
    devices,
    recoveryKeys,
    missingEnvelopes,
  });
}

/**
 * Current members' active devices and recovery keys with no envelope for the current epoch (an
 * envelope sealed to a recovery key the member has since replaced counts as missing). Nothing is
 * missing before the first epoch: that one must cover everyone anyway.
 */
export async function findMissingEnvelopes(
  db: Db,
  conversationId: string,
  epoch: number | null,
): Promise<{ deviceIds: string[]; recoveryUserIds: string[] }> {
  if (epoch === null) return { deviceIds: [], recoveryUserIds: [] };
  const [devices, recoveryKeys, sealedDevices, sealedRecovery] = await Promise.all([
    listActiveMemberDevices(db, conversationId),
    listMemberRecoveryKeys(db, conversationId),
    listEnvelopeDeviceIds(db, conversationId, epoch),
    listRecoveryEnvelopeKeys(db, conversationId, epoch),
  ]);
  return {
    deviceIds: devices.filter((d) => !sealedDevices.has(d.id)).map((d) => d.id),
    recoveryUserIds: recoveryKeys
      .filter((k) => sealedRecovery.get(k.user_id) !== k.recovery_public_key)
      .map((k) => k.user_id),
  };
}
