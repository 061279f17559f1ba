import type { ColumnType, Generated } from "kysely";

/**
 * Typed tables of end-to-end encrypted messaging and calls (migration 2026_11_27_1300). The server
 * keeps ciphertext, sealed keys, franking commitments and delivery metadata; never plaintext.
 * Merged into schema.ts's Database.
 */
type Timestamp = ColumnType<Date, Date, Date>;
type JsonOf<T> = ColumnType<T, string, string>;

export interface MessagingDevicesTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  box_public_key: string;
  sign_public_key: string;
  device_signature: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface MessagingRecoveryKeysTable {
  user_id: string;
  recovery_public_key: string;
  /** PassphraseWrap as JSON, or null when the member keeps only the recovery key. */
  passphrase_wrap: JsonOf<Record<string, unknown>> | null;
  signed_by_device_id: string | null;
  signature: string;
  updated_at: Timestamp;
}

export interface ConversationsTable {
  id: Generated<string>;
  kind: "pair" | "group";
  /** Groups only; a pair is titled by the other member's display name. */
  title: string | null;
  /** Pairs only: one conversation per relationship. */
  relationship_id: string | null;
  created_by: string | null;
  state: "open" | "read_only";
  last_seq: ColumnType<number, number | undefined, number>;
  last_event_at: Timestamp | null;
  current_epoch: number | null;
  /** Set when membership or a member's devices change; cleared by the next new key epoch. */
  rekey_needed: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface ConversationMembersTable {
  conversation_id: string;
  user_id: string;
  role: "owner" | "moderator" | "member";
  joined_at: Timestamp;
  /** Null while a member; set when removed or left (the row stays so history stays attributable). */
  left_at: Timestamp | null;
  /** last_seq at joining and at leaving: the member sees joined_seq < seq <= left_seq. */
  joined_seq: ColumnType<number, number | undefined, number>;
  left_seq: number | null;
  /** First key epoch this membership may read (keys of earlier epochs are never served to them). */
  from_epoch: number | null;
  /** Last epoch this membership could read; set when they leave. */
  to_epoch: number | null;
  muted_until: Timestamp | null;
  last_read_seq: ColumnType<number, number | undefined, number>;
}

export interface ConversationKeyEpochsTable {
  conversation_id: string;
  epoch: number;
  created_by_device_id: string | null;
  key_commitment: string;
  signature: string;
  created_at: Timestamp;
}

export interface ConversationKeyEnvelopesTable {
  conversation_id: string;
  epoch: number;
  device_id: string;
  sealed_key: string;
}

export interface ConversationRecoveryEnvelopesTable {
  conversation_id: string;
  epoch: number;
  user_id: string;
  /** Sealed to the recovery public key the member had when it was made. */
  recovery_public_key: string;
  sealed_key: string;
}

export interface ConversationEventsTable {
  id: Generated<string>;
  conversation_id: string;
  seq: number;
  kind: "message" | "edit" | "reaction" | "delete" | "system";
  sender_id: string | null;
  sender_device_id: string | null;
  client_id: string | null;
  epoch: number | null;
  nonce: string | null;
  ciphertext: string | null;
  commitment: string | null;
  signature: string | null;
  target_seq: number | null;
  attachment_ids: JsonOf<string[]>;
  system: JsonOf<Record<string, unknown>> | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface MessageAttachmentsTable {
  id: Generated<string>;
  conversation_id: string;
  uploader_id: string;
  size: number;
  /** Path under the attachments folder (DATA_DIR/attachments or MESSAGING_ATTACHMENTS_DIR). */
  storage_key: string;
  created_at: Timestamp;
}

export interface SafetyReportsTable {
  id: Generated<string>;
  kind: "message_report" | "crisis_alert" | "worried_alert";
  status: "open" | "assigned" | "resolved";
  reason: string | null;
  reporter_id: string;
  /** The member the report is about: the reported sender, the member in crisis, or the mentee of a worried mentor. */
  subject_id: string | null;
  conversation_id: string | null;
  note: string | null;
  /** Verified messages (seq, sender, time, revealed text) as JSON. */
  messages: JsonOf<Record<string, unknown>[]>;
  assignee_id: string | null;
  created_at: Timestamp;
  assigned_at: Timestamp | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface CallsTable {
  id: Generated<string>;
  conversation_id: string;
  caller_id: string;
  callee_id: string;
  media: "audio" | "video";
  started_at: Timestamp;
  answered_at: Timestamp | null;
  ended_at: Timestamp | null;
  end_reason: string | null;
}

export interface MessagingTables {
  messaging_devices: MessagingDevicesTable;
  messaging_recovery_keys: MessagingRecoveryKeysTable;
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  conversation_key_epochs: ConversationKeyEpochsTable;
  conversation_key_envelopes: ConversationKeyEnvelopesTable;
  conversation_recovery_envelopes: ConversationRecoveryEnvelopesTable;
  conversation_events: ConversationEventsTable;
  message_attachments: MessageAttachmentsTable;
  safety_reports: SafetyReportsTable;
  calls: CallsTable;
}
