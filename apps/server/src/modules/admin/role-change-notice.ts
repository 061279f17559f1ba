import { ROLE_LABELS, ROLES, type Role } from "@mentalverse/shared";
import type { NotificationInput } from "../../context.js";

/** What a member reads when they gain a role: what it lets them do, in plain and warm words. */
const GAINED: Record<Role, { title: string; body: string }> = {
  mentee: {
    title: "You can now look for a mentor",
    body: "You can now be matched with a peer mentor who has walked a similar road. Take it at your own pace.",
  },
  mentor: {
    title: "You can now mentor",
    body: "Thank you for offering your lived experience. You can now support mentees as a peer mentor, at a pace and with boundaries that work for you.",
  },
  match_reviewer: {
    title: "You can now review matches",
    body: "You can now review suggested mentor and mentee pairings before anyone is introduced.",
  },
  supervisor: {
    title: "You are now a supervisor",
    body: "You can now support mentors and look after the mentorships in your care.",
  },
  safety: {
    title: "You have joined the safety team",
    body: "You can now see and respond to safety concerns members raise. Thank you for looking out for the community.",
  },
  admin: {
    title: "You are now an administrator",
    body: "You can now manage accounts and roles and read the audit log. Every staff action is recorded.",
  },
};

const NO_LONGER = "If this is unexpected, please reach out to the team; nothing else about your account has changed.";

const byImportance = (roles: Role[]) => [...roles].sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a));
const labels = (roles: Role[]) => roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ");

/** The notification a member gets when an administrator changes their roles; the admin's reason stays internal. */
export function roleChangeNotice(added: Role[], removed: Role[]): NotificationInput {
  const gained = byImportance(added);
  const main = gained[0];
  const lost =
    removed.length > 0
      ? `You no longer have the ${labels(removed)} role${removed.length > 1 ? "s" : ""}. ${NO_LONGER}`
      : "";
  if (!main) {
    return { kind: "role.changed", title: "Your roles have changed", body: lost, link: "/home" };
  }
  const others = gained.slice(1);
  const body = [
    GAINED[main].body,
    others.length > 0 ? `You also have the ${labels(others)} role${others.length > 1 ? "s" : ""} now.` : "",
    lost,
  ]
    .filter(Boolean)
    .join(" ");
  return { kind: "role.changed", title: GAINED[main].title, body, link: "/home" };
}
