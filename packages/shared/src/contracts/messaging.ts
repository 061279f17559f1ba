/**
 * End-to-end encrypted messaging (issue 6). The server only ever sees ciphertext, keys sealed to
 * devices, franking commitments and the metadata it needs to deliver. Protocol and threat model:
 * docs/security/messaging.md. Binary values travel as unpadded base64url (libsodium's default).
 *
 * HTTP (server: apps/server/src/modules/messaging/routes.ts), all for signed-in members:
 *   GET    /api/messaging/devices                       DeviceListResponse (the caller's own)
 *   POST   /api/messaging/devices {RegisterDevice}      Device (201)
 *   DELETE /api/messaging/devices/:deviceId             Device (revoked; every conversation of the caller needs a new key)
 *   GET    /api/messaging/recovery                      RecoveryState (404 when none set yet)
 *   PUT    /api/messaging/recovery {SetRecovery}        RecoveryState
 *   GET    /api/conversations                           ConversationListResponse (pair conversations are made for the caller's relationships on the way)
 *   GET    /api/conversations/:id                       ConversationDetail (members only)
 *   GET    /api/conversations/:id/keys?deviceId=        KeyEnvelopesResponse (this device's and the caller's recovery envelopes)
 *   POST   /api/conversations/:id/keys {NewKeyEpoch}    ConversationDetail (201; 409 unless epoch = current + 1; 422 unless every member device and recovery key is covered)
 *   POST   /api/conversations/:id/keys/:epoch/envelopes {AddEnvelopes}  ConversationDetail (fills in missing envelopes for current members only)
 *   GET    /api/conversations/:id/events?after=&limit=  EventPage (ascending; resync after a reconnect)
 *   GET    /api/conversations/:id/events?before=&limit= EventPage (ascending within the page; history backwards)
 *   POST   /api/conversations/:id/events {SendEvent}    SendEventResult (same as the socket's conversation:send)
 *   POST   /api/conversations/:id/read {seq}            {ok:true}
 *   POST   /api/conversations/:id/attachments (application/octet-stream, ciphertext)  AttachmentUploaded (201; 413 over MESSAGING_ATTACHMENT_MAX_BYTES)
 *   GET    /api/conversations/:id/attachments/:attachmentId  ciphertext bytes (members only)
 *   POST   /api/conversations/groups {CreateGroup}      ConversationDetail (201; mentors and staff)
 *   GET    /api/conversations/groups/eligible-members?q= EligibleMembersResponse
 *   POST   /api/conversations/:id/members {userId}      ConversationDetail (group moderators; needs a new key)
 *   DELETE /api/conversations/:id/members/:userId       ConversationDetail (group moderators, or oneself to leave; needs a new key)
 *   POST   /api/conversations/:id/members/:userId/mute {minutes|null}  ConversationDetail (group moderators)
 *   POST   /api/messaging/reports {ReportMessages}      ReportCreated (201; 422 naming messages[i] when a franking check fails)
 *   POST   /api/messaging/crisis-alerts {CrisisAlert}   ReportCreated (201; the member's own one-tap alert)
 *   POST   /api/conversations/:id/worried {WorriedAlert} ReportCreated (201; a mentor about their mentee, who is told first)
 *   GET    /api/safety/reports?status=                  SafetyReportListResponse (safety role)
 *   GET    /api/safety/reports/:id                      SafetyReportDetail (safety role)
 *   POST   /api/safety/reports/:id/assign {assigneeId?} / resolve {note}   SafetyReportDetail (safety role)
 */
import { z } from "zod";

/** Unpadded base64url of at most `maxBytes` bytes. */
export const base64Url = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]*$/, "must be unpadded base64url");
/** An Ed25519 signature as base64url: 86 characters. */
export const Signature64Schema = z.string().regex(/^[A-Za-z0-9_-]{86}$/, "must be a 64-byte signature in base64url");
/** A 32-byte public key (X25519 or Ed25519) as base64url: 43 characters. */
export const PublicKey32Schema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a 32-byte key in base64url");

export const MAX_GROUP_MEMBERS = 50;
/** Ciphertext of one message (text plus attachment references) in bytes, before base64url. */
export const MAX_EVENT_CIPHERTEXT_BYTES = 64 * 1024;
export const MAX_EVENT_PAGE = 200;

// ---------------------------------------------------------------------------------- devices

export const DeviceSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  boxPublicKey: z.string(),
  signPublicKey: z.string(),
  /** Ed25519 by signPublicKey over `mv1|device|${userId}|${boxPublicKey}|${signPublicKey}`: clients seal keys only to devices whose signature checks. */
  deviceSignature: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DeviceListResponseSchema = z.object({ devices: z.array(DeviceSchema) });
export const RegisterDeviceRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  boxPublicKey: PublicKey32Schema,
  signPublicKey: PublicKey32Schema,
  deviceSignature: Signature64Schema,
});
export type RegisterDeviceRequest = z.infer<typeof RegisterDeviceRequestSchema>;

// ---------------------------------------------------------------------------------- recovery

/** The recovery secret sealed with a passphrase through Argon2id (crypto_pwhash), so the member may remember a passphrase instead. */
export const PassphraseWrapSchema = z.strictObject({
  salt: base64Url(16),
  nonce: base64Url(24),
  ciphertext: base64Url(256),
  opsLimit: z.number().int().min(1).max(20),
  memLimit: z
    .number()
    .int()
    .min(8 * 1024 * 1024)
    .max(1024 * 1024 * 1024),
});
export type PassphraseWrap = z.infer<typeof PassphraseWrapSchema>;
/**
 * What the server accepts for a new wrap: anyone holding a session (or a database dump) can try
 * passphrases offline, so no cheaper than Argon2id at 3 passes over 64 MiB; and no dearer than a
 * phone's browser tab can bear when it unwraps.
 */
export const NewPassphraseWrapSchema = PassphraseWrapSchema.extend({
  opsLimit: z.number().int().min(3).max(10),
  memLimit: z
    .number()
    .int()
    .min(64 * 1024 * 1024)
    .max(256 * 1024 * 1024),
});
export const SetRecoveryRequestSchema = z.strictObject({
  recoveryPublicKey: PublicKey32Schema,
  passphraseWrap: NewPassphraseWrapSchema.nullable(),
  /** One of the caller's active devices vouches for the key: Ed25519 over `mv1|recovery|${userId}|${recoveryPublicKey}`. */
  signedByDeviceId: z.uuid(),
  signature: Signature64Schema,
});
export type SetRecoveryRequest = z.infer<typeof SetRecoveryRequestSchema>;
export const RecoveryStateSchema = z.object({
  recoveryPublicKey: z.string(),
  passphraseWrap: PassphraseWrapSchema.nullable(),
  signedByDeviceId: z.string().nullable(),
  signature: z.string(),
  updatedAt: z.string(),
});
export type RecoveryState = z.infer<typeof RecoveryStateSchema>;

// ---------------------------------------------------------------------------------- conversations

export const ConversationKindSchema = z.enum(["pair", "group"]);
export type ConversationKind = z.infer<typeof ConversationKindSchema>;
/** read_only: the relationship ended (history stays readable, nothing new is sent). */
export const ConversationStateSchema = z.enum(["open", "read_only"]);
export const ConversationRoleSchema = z.enum(["owner", "moderator", "member"]);
export type ConversationRole = z.infer<typeof ConversationRoleSchema>;

export const ConversationMemberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: ConversationRoleSchema,
  mutedUntil: z.string().nullable(),
  lastReadSeq: z.number().int(),
  joinedAt: z.string(),
});
export type ConversationMember = z.infer<typeof ConversationMemberSchema>;

export const ConversationSummarySchema = z.object({
  id: z.string(),
  kind: ConversationKindSchema,
  /** Pair: the other member's display name; group: its title. */
  title: z.string(),
  relationshipId: z.string().nullable(),
  state: ConversationStateSchema,
  memberCount: z.number().int(),
  lastSeq: z.number().int(),
  lastEventAt: z.string().nullable(),
  myLastReadSeq: z.number().int(),
  /** Messages from others after myLastReadSeq. */
  unread: z.number().int(),
  currentEpoch: z.number().int().nullable(),
  /** Membership or a device changed since the current key was made: the next sender's device makes a new one. */
  rekeyNeeded: z.boolean(),
});
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;
export const ConversationListResponseSchema = z.object({ conversations: z.array(ConversationSummarySchema) });

/** A device's public keys as members' clients need them (revoked ones too, to verify old signatures). */
export const MemberDeviceSchema = z.object({
  deviceId: z.string(),
  userId: z.string(),
  boxPublicKey: z.string(),
  signPublicKey: z.string(),
  deviceSignature: z.string(),
  revokedAt: z.string().nullable(),
});
export type MemberDevice = z.infer<typeof MemberDeviceSchema>;

export const ConversationDetailSchema = ConversationSummarySchema.extend({
  members: z.array(ConversationMemberSchema),
  myRole: ConversationRoleSchema,
  /** Muted members may read but not send until then. */
  mutedUntil: z.string().nullable(),
  devices: z.array(MemberDeviceSchema),
  /** Each with the device that vouched for it (one of devices[]) and its signature; clients check before sealing. */
  recoveryKeys: z.array(
    z.object({
      userId: z.string(),
      recoveryPublicKey: z.string(),
      signedByDeviceId: z.string().nullable(),
      signature: z.string(),
    }),
  ),
  /** Current members' active devices and recovery keys with no envelope for the current epoch. */
  missingEnvelopes: z.object({ deviceIds: z.array(z.string()), recoveryUserIds: z.array(z.string()) }),
});
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;

// ---------------------------------------------------------------------------------- keys

export const SealedEnvelopeSchema = z.strictObject({ deviceId: z.uuid(), sealedKey: base64Url(96) });
/** recoveryPublicKey: the key it was sealed to (409 if the member has replaced theirs meanwhile). */
export const SealedRecoveryEnvelopeSchema = z.strictObject({
  userId: z.uuid(),
  recoveryPublicKey: PublicKey32Schema,
  sealedKey: base64Url(96),
});
export const NewKeyEpochRequestSchema = z.strictObject({
  epoch: z.number().int().min(1),
  createdByDeviceId: z.uuid(),
  /** BLAKE2b-256 of the key (e2ee keyCommitment); members check the key they open against it. */
  keyCommitment: base64Url(32),
  /** Ed25519 by the creating device over `mv1|key-epoch|${conversationId}|${epoch}|${keyCommitment}`. */
  signature: Signature64Schema,
  envelopes: z.array(SealedEnvelopeSchema).min(1).max(2000),
  recoveryEnvelopes: z.array(SealedRecoveryEnvelopeSchema).max(MAX_GROUP_MEMBERS),
});
export type NewKeyEpochRequest = z.infer<typeof NewKeyEpochRequestSchema>;
export const AddEnvelopesRequestSchema = z.strictObject({
  envelopes: z.array(SealedEnvelopeSchema).max(2000),
  recoveryEnvelopes: z.array(SealedRecoveryEnvelopeSchema).max(MAX_GROUP_MEMBERS),
});
export type AddEnvelopesRequest = z.infer<typeof AddEnvelopesRequestSchema>;
export const KeyEnvelopesQuerySchema = z.strictObject({ deviceId: z.uuid() });
export const KeyEnvelopesResponseSchema = z.object({
  /** Every epoch the caller was a member for, with this device's envelope where there is one. */
  epochs: z.array(
    z.object({
      epoch: z.number().int(),
      createdAt: z.string(),
      createdByDeviceId: z.string().nullable(),
      keyCommitment: z.string(),
      signature: z.string(),
      sealedKey: z.string().nullable(),
      recoverySealedKey: z.string().nullable(),
    }),
  ),
});
export type KeyEnvelopesResponse = z.infer<typeof KeyEnvelopesResponseSchema>;

// ---------------------------------------------------------------------------------- events

/**
 * One entry of a conversation's log, numbered 1, 2, 3... without gaps. message, edit and reaction
 * carry ciphertext; delete wipes its target's ciphertext (the commitment stays, so a report of what
 * was seen still verifies); system entries are the server's own plain notices (membership, alerts).
 */
export const EventKindSchema = z.enum(["message", "edit", "reaction", "delete", "system"]);
export type EventKind = z.infer<typeof EventKindSchema>;
export const SystemNoticeSchema = z.object({
  type: z.enum(["member_added", "member_removed", "member_left", "member_muted", "member_unmuted", "worried_alert"]),
  actorId: z.string().nullable(),
  subjectId: z.string().nullable(),
  text: z.string(),
});
export type SystemNotice = z.infer<typeof SystemNoticeSchema>;

export const ConversationEventSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  kind: EventKindSchema,
  senderId: z.string().nullable(),
  senderDeviceId: z.string().nullable(),
  clientId: z.string().nullable(),
  epoch: z.number().int().nullable(),
  nonce: z.string().nullable(),
  ciphertext: z.string().nullable(),
  commitment: z.string().nullable(),
  signature: z.string().nullable(),
  targetSeq: z.number().int().nullable(),
  attachmentIds: z.array(z.string()),
  system: SystemNoticeSchema.nullable(),
  createdAt: z.string(),
  /** Set on a message or edit that its sender deleted later; its ciphertext is then null. */
  deletedAt: z.string().nullable(),
});
export type ConversationEvent = z.infer<typeof ConversationEventSchema>;

export const EventPageQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EVENT_PAGE).optional(),
});
export const EventPageSchema = z.object({
  events: z.array(ConversationEventSchema),
  lastSeq: z.number().int(),
  /** after=: more events follow; before=: older events exist. */
  more: z.boolean(),
});
export type EventPage = z.infer<typeof EventPageSchema>;

export const SendEventRequestSchema = z.strictObject({
  /** The sender's own id for this event; a retry with the same id returns the stored event instead of a duplicate. */
  clientId: z.uuid(),
  kind: z.enum(["message", "edit", "reaction", "delete"]),
  senderDeviceId: z.uuid(),
  epoch: z.number().int().min(1).optional(),
  nonce: base64Url(24).optional(),
  ciphertext: base64Url(MAX_EVENT_CIPHERTEXT_BYTES).optional(),
  commitment: base64Url(32).optional(),
  signature: base64Url(64).optional(),
  /** edit, reaction and delete: the seq of the message they refer to. */
  targetSeq: z.number().int().min(1).optional(),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
});
export type SendEventRequest = z.infer<typeof SendEventRequestSchema>;
export const SendEventResultSchema = z.object({ event: ConversationEventSchema });
export type SendEventResult = z.infer<typeof SendEventResultSchema>;
export const MarkConversationReadRequestSchema = z.strictObject({ seq: z.number().int().min(0) });

export const AttachmentUploadedSchema = z.object({ id: z.string(), size: z.number().int() });

// ---------------------------------------------------------------------------------- groups

export const CreateGroupRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(80),
  memberIds: z
    .array(z.uuid())
    .max(MAX_GROUP_MEMBERS - 1)
    .default([]),
});
export type CreateGroupRequest = z.infer<typeof CreateGroupRequestSchema>;
export const AddMemberRequestSchema = z.strictObject({ userId: z.uuid() });
export const MuteMemberRequestSchema = z.strictObject({ minutes: z.number().int().min(1).max(43_200).nullable() });
export const EligibleMembersQuerySchema = z.strictObject({ q: z.string().trim().max(80).optional() });
export const EligibleMembersResponseSchema = z.object({
  members: z.array(z.object({ userId: z.string(), displayName: z.string(), relation: z.string() })),
});
