import type { ConversationMember, ConversationRole } from "@mentalverse/shared";

/** The mute lengths a moderator can choose, in minutes (the API takes up to 30 days). */
export const MUTE_OPTIONS = [
  { minutes: 60, label: "1 hour" },
  { minutes: 24 * 60, label: "24 hours" },
  { minutes: 7 * 24 * 60, label: "7 days" },
] as const;

/** A member is muted while their mutedUntil lies ahead. */
export function isMuted(mutedUntil: string | null, now: number): boolean {
  if (!mutedUntil) return false;
  const until = Date.parse(mutedUntil);
  return Number.isFinite(until) && until > now;
}

export const isModerator = (role: ConversationRole) => role === "owner" || role === "moderator";

export const GROUP_ROLE_LABELS: Record<ConversationRole, string> = {
  owner: "Owner",
  moderator: "Moderator",
  member: "Member",
};

const ROLE_ORDER: Record<ConversationRole, number> = { owner: 0, moderator: 1, member: 2 };

/** Owner first, then moderators, then everyone else by name, so who runs the group is seen first. */
export function sortMembers(members: readonly ConversationMember[]): ConversationMember[] {
  return [...members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName),
  );
}
