import type {
  ConversationDetail,
  ConversationEvent,
  ConversationMember,
  ConversationSummary,
  Device,
  MemberDevice,
  PassphraseWrap,
  RecoveryState,
  SystemNotice,
} from "@mentalverse/shared";
import type { ConversationRow } from "./conversations-repository.js";
import type { DeviceRow } from "./devices-repository.js";
import type { EventRow } from "./events-repository.js";
import type { NamedMemberRow } from "./members-repository.js";
import type { RecoveryRow } from "./recovery-repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    boxPublicKey: row.box_public_key,
    signPublicKey: row.sign_public_key,
    deviceSignature: row.device_signature,
    createdAt: row.created_at.toISOString(),
    revokedAt: iso(row.revoked_at),
  };
}

export function presentRecovery(row: RecoveryRow): RecoveryState {
  return {
    recoveryPublicKey: row.recovery_public_key,
    passphraseWrap: (row.passphrase_wrap as PassphraseWrap | null) ?? null,
    signedByDeviceId: row.signed_by_device_id,
    signature: row.signature,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentEvent(row: EventRow): ConversationEvent {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: Number(row.seq),
    kind: row.kind,
    senderId: row.sender_id,
    senderDeviceId: row.sender_device_id,
    clientId: row.client_id,
    epoch: row.epoch,
    nonce: row.nonce,
    ciphertext: row.ciphertext,
    commitment: row.commitment,
    signature: row.signature,
    targetSeq: row.target_seq === null ? null : Number(row.target_seq),
    attachmentIds: row.attachment_ids ?? [],
    system: (row.system as SystemNotice | null) ?? null,
    createdAt: row.created_at.toISOString(),
    deletedAt: iso(row.deleted_at),
  };
}

/**
 * Whether new events may be sent. A pair follows its relationship (open while active or paused), even
 * before the stored state catches up; a group keeps its stored state.
 */
export function effectiveState(
  conversation: Pick<ConversationRow, "kind" | "state" | "relationship_status">,
): "open" | "read_only" {
  if (conversation.kind !== "pair") return conversation.state;
  return conversation.relationship_status === "active" || conversation.relationship_status === "paused"
    ? "open"
    : "read_only";
}

/** The viewer's membership as the presenter needs it. */
export interface ViewerMembership {
  role: NamedMemberRow["role"];
  leftAt: Date | null;
  mutedUntil: Date | null;
  lastReadSeq: number;
}

export interface SummaryInput {
  conversation: ConversationRow;
  viewerId: string;
  viewer: ViewerMembership;
  /** Every member row of the conversation, current and former. */
  members: readonly NamedMemberRow[];
  unread: number;
}

export function presentSummary({
  conversation: c,
  viewerId,
  viewer,
  members,
  unread,
}: SummaryInput): ConversationSummary {
  const current = members.filter((m) => m.left_at === null);
  const other = members.find((m) => m.user_id !== viewerId);
  const title = c.kind === "pair" ? (other?.display_name ?? "Conversation") : (c.title ?? "Group");
  return {
    id: c.id,
    kind: c.kind,
    title,
    relationshipId: c.relationship_id,
    // A former member keeps reading the history but sends nothing more.
    state: viewer.leftAt ? "read_only" : effectiveState(c),
    memberCount: current.length,
    lastSeq: Number(c.last_seq),
    lastEventAt: iso(c.last_event_at),
    myLastReadSeq: viewer.lastReadSeq,
    unread,
    currentEpoch: c.current_epoch,
    rekeyNeeded: c.rekey_needed,
  };
}

export function presentMember(row: NamedMemberRow): ConversationMember {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    mutedUntil: iso(row.muted_until),
    lastReadSeq: Number(row.last_read_seq),
    joinedAt: row.joined_at.toISOString(),
  };
}

export interface DetailInput extends SummaryInput {
  devices: readonly {
    id: string;
    user_id: string;
    box_public_key: string;
    sign_public_key: string;
    device_signature: string;
    revoked_at: Date | null;
  }[];
  recoveryKeys: readonly {
    user_id: string;
    recovery_public_key: string;
    signed_by_device_id: string | null;
    signature: string;
  }[];
  missingEnvelopes: { deviceIds: string[]; recoveryUserIds: string[] };
}

export function presentDetail(input: DetailInput): ConversationDetail {
  const devices: MemberDevice[] = input.devices.map((d) => ({
    deviceId: d.id,
    userId: d.user_id,
    boxPublicKey: d.box_public_key,
    signPublicKey: d.sign_public_key,
    deviceSignature: d.device_signature,
    revokedAt: iso(d.revoked_at),
  }));
  return {
    ...presentSummary(input),
    members: input.members.filter((m) => m.left_at === null).map(presentMember),
    myRole: input.viewer.role,
    mutedUntil: iso(input.viewer.mutedUntil),
    devices,
    recoveryKeys: input.recoveryKeys.map((k) => ({
      userId: k.user_id,
      recoveryPublicKey: k.recovery_public_key,
      signedByDeviceId: k.signed_by_device_id,
      signature: k.signature,
    })),
    missingEnvelopes: input.missingEnvelopes,
  };
}
