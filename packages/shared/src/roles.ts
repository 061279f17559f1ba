import { z } from "zod";

/** Every role a member or staff account can hold; an account may hold several. */
export const ROLES = ["mentee", "mentor", "match_reviewer", "supervisor", "safety", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const STAFF_ROLES: readonly Role[] = ["match_reviewer", "supervisor", "safety", "admin"];

export const ROLE_LABELS: Record<Role, string> = {
  mentee: "Mentee",
  mentor: "Mentor",
  match_reviewer: "Match reviewer",
  supervisor: "Supervisor",
  safety: "Safety team",
  admin: "Administrator",
};
