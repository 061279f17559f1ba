import type { MentorApplicationStatus } from "./mentor-applications.js";

/**
 * The mentor pipeline: applied -> interview -> background verification -> training -> active, then
 * paused, suspended or retired. Rejection is possible until training starts. Anything not listed
 * here is refused by the server; the web app reads the same table to offer only allowed steps.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<MentorApplicationStatus, readonly MentorApplicationStatus[]>> = {
  applied: ["interview", "rejected"],
  interview: ["background_verification", "rejected"],
  background_verification: ["training", "rejected"],
  training: ["active"],
  active: ["paused", "suspended", "retired"],
  paused: ["active"],
  suspended: [],
  retired: [],
  rejected: [],
};

/** Statuses in which a member holds the mentor role (and sets their own capacity and pause). */
export const MENTOR_ROLE_STATUSES: readonly MentorApplicationStatus[] = ["active", "paused"];
/** Statuses that take the mentor role away. */
export const ROLE_ENDING_STATUSES: readonly MentorApplicationStatus[] = ["suspended", "retired"];
/** Statuses after which the member may apply again. */
export const CLOSED_STATUSES: readonly MentorApplicationStatus[] = ["rejected", "retired"];
