import type { AdminUserSummary, AuditEvent, OutboxMessage, Role } from "@mentalverse/shared";
import type { UserRow } from "../../db/schema.js";
import type { MailRow } from "../mail/mail-repository.js";
import type { AuditEventRow } from "./admin-repository.js";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentAdminUser(row: UserRow, roles: Role[]): AdminUserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles,
    createdAt: row.created_at.toISOString(),
    lastSignInAt: iso(row.last_sign_in_at),
    lockedUntil: iso(row.locked_until),
    deletionScheduledFor: iso(row.deletion_scheduled_for),
    isDemo: row.is_demo,
  };
}

/** The detail view adds the real name, which only staff with a reason to look should see. */
export function presentAdminUserDetail(row: UserRow, roles: Role[]): AdminUserSummary & { realName: string | null } {
  return { ...presentAdminUser(row, roles), realName: row.real_name };
}

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details,
  };
}

export function presentOutboxMessage(row: MailRow): OutboxMessage {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    sentAt: iso(row.sent_at),
    error: row.error,
  };
}
