import type { Me, Role } from "@mentalverse/shared";
import type { UserRow } from "../../db/schema.js";

/** The member as they see themselves; never the password hash or lockout counters. */
export function presentMe(user: UserRow, roles: readonly Role[]): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    realName: user.real_name,
    roles: [...roles].sort(),
    createdAt: user.created_at.toISOString(),
    deletionScheduledFor: user.deletion_scheduled_for?.toISOString() ?? null,
    isDemo: user.is_demo,
  };
}
