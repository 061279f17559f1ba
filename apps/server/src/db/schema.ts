import type { Role } from "@mentalverse/shared";
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** Typed tables. Row types stay inside repositories and services; presenters shape what leaves. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date, Date>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  display_name: string;
  real_name: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  last_sign_in_at: Timestamp | null;
  failed_sign_in_count: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  deletion_requested_at: Timestamp | null;
  deletion_scheduled_for: Timestamp | null;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
  granted_at: CreatedAt;
  granted_by: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetTokensTable {
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SetupTokensTable {
  id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  at: CreatedAt;
  action: string;
  actor_id: string | null;
  subject_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: Json;
}

export type MailStatus = "queued" | "sent" | "failed" | "outbox";
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  status: MailStatus;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  error: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  setup_tokens: SetupTokensTable;
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
  notifications: NotificationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
