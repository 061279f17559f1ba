import type { AccountExport, Role } from "@mentalverse/shared";
import type { UserRow } from "../../db/schema.js";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentProfile(user: UserRow): AccountExport["profile"] {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    realName: user.real_name,
    createdAt: user.created_at.toISOString(),
    updatedAt: user.updated_at.toISOString(),
    lastSignInAt: iso(user.last_sign_in_at),
    lockedUntil: iso(user.locked_until),
    deletionRequestedAt: iso(user.deletion_requested_at),
    deletionScheduledFor: iso(user.deletion_scheduled_for),
    isDemo: user.is_demo,
  };
}

export const presentRoleGrant = (r: { role: Role; granted_at: Date }) => ({
  role: r.role,
  grantedAt: r.granted_at.toISOString(),
});

export function presentSession(
  s: {
    id: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    ip: string | null;
    user_agent: string | null;
  },
  currentSessionId: string,
) {
  return {
    createdAt: s.created_at.toISOString(),
    lastSeenAt: s.last_seen_at.toISOString(),
    expiresAt: s.expires_at.toISOString(),
    ip: s.ip,
    userAgent: s.user_agent,
    current: s.id === currentSessionId,
  };
}

export function presentNotification(n: {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.created_at.toISOString(),
    readAt: iso(n.read_at),
  };
}

/** Someone else's address and notes stay private even when their action concerned this member. */
export function presentActivity(
  e: { at: Date; action: string; actor_id: string | null; ip: string | null; details: Record<string, unknown> },
  userId: string,
): AccountExport["activity"][number] {
  const by = e.actor_id === null ? "system" : e.actor_id === userId ? "you" : "another_account";
  const own = by !== "another_account";
  return { at: e.at.toISOString(), action: e.action, by, ip: own ? e.ip : null, details: own ? e.details : {} };
}

export const presentMail = (m: { subject: string; status: string; created_at: Date; sent_at: Date | null }) => ({
  subject: m.subject,
  status: m.status,
  createdAt: m.created_at.toISOString(),
  sentAt: iso(m.sent_at),
});
