import {
  CLOSE_PERMISSIONS,
  CLOSE_REASONS,
  type CloseReason,
  type RelationshipState,
  type Role,
  TRANSITIONS,
  type TransitionActor,
} from "@mentalverse/shared";

const STAFF_ACTORS = ["admin", "safety", "supervisor"] as const satisfies readonly (Role & TransitionActor)[];

export interface StaffOptions {
  pause: boolean;
  resume: boolean;
  closeReasons: CloseReason[];
}

/**
 * What a staff member may do to a relationship in this state, read from the shared transition
 * table with any of their staff roles (the server records the first role that allows it).
 */
export function staffOptions(roles: readonly Role[], status: RelationshipState): StaffOptions {
  const actors = STAFF_ACTORS.filter((actor) => roles.includes(actor));
  const may = (action: "pause" | "resume" | "close") =>
    TRANSITIONS[action].from.includes(status) && actors.some((a) => TRANSITIONS[action].by.includes(a));
  return {
    pause: may("pause"),
    resume: may("resume"),
    closeReasons: may("close")
      ? CLOSE_REASONS.filter((reason) => actors.some((a) => CLOSE_PERMISSIONS[reason].includes(a)))
      : [],
  };
}
