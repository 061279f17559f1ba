import { ROLE_LABELS, type Role } from "@mentalverse/shared";
import { MENTOR_TYPE_LABELS, MENTOR_TYPES, type MentorType } from "./demo-step.js";

/** Every demo account signs in with this; it is printed and documented, never used outside the demo. */
export const DEMO_PASSWORD = "demo-community-2026";
export const DEMO_EMAIL_DOMAIN = "demo.mentalverse.local";

const at = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

/** Staff accounts with fixed logins, one per staff role. */
export const DEMO_STAFF: { role: Role; email: string; displayName: string; realName: string }[] = [
  { role: "admin", email: at("admin"), displayName: "Ada - Admin", realName: "Ada Lindqvist" },
  { role: "match_reviewer", email: at("reviewer"), displayName: "Theo - Match reviewer", realName: "Theo Okafor" },
  { role: "supervisor", email: at("supervisor"), displayName: "Maya - Supervisor", realName: "Maya Fernandes" },
  { role: "safety", email: at("safety"), displayName: "Noor - Safety team", realName: "Noor Haddad" },
];

/** The first mentee and first mentor of each kind get memorable logins; the rest are numbered. */
export function demoMenteeEmail(index: number): string {
  return index === 0 ? at("mentee") : at(`mentee.${String(index + 1).padStart(3, "0")}`);
}

const MENTOR_LOCAL: Record<MentorType, string> = {
  recovery: "recovery.mentor",
  wellness: "wellness.coach",
  life_experience: "life.mentor",
};

export function demoMentorEmail(type: MentorType, index: number): string {
  const local = MENTOR_LOCAL[type];
  return index === 0 ? at(local) : at(`${local}.${String(index + 1).padStart(2, "0")}`);
}

export interface DemoLogin {
  who: string;
  email: string;
  displayName: string;
}

/** The logins table the demo prints on start. */
export function formatLogins(logins: DemoLogin[]): string[] {
  const rows = [{ who: "Who", email: "Email", displayName: "Display name" }, ...logins];
  const w = (key: keyof DemoLogin) => Math.max(...rows.map((r) => r[key].length));
  const line = (r: DemoLogin) => `  ${r.who.padEnd(w("who"))}  ${r.email.padEnd(w("email"))}  ${r.displayName}`;
  const [header, ...body] = rows.map(line);
  return [
    "",
    "Demo community logins (every demo account uses the same password):",
    `  password: ${DEMO_PASSWORD}`,
    "",
    header ?? "",
    `  ${"-".repeat(w("who") + w("email") + w("displayName") + 4)}`,
    ...body,
    "",
  ];
}

/** The memorable logins, in the order the table lists them. */
export function memorableLogins(): { who: string; email: string }[] {
  return [
    ...DEMO_STAFF.map((s) => ({ who: ROLE_LABELS[s.role], email: s.email })),
    ...MENTOR_TYPES.map((type) => ({ who: MENTOR_TYPE_LABELS[type], email: demoMentorEmail(type, 0) })),
    { who: "Mentee", email: demoMenteeEmail(0) },
  ];
}
