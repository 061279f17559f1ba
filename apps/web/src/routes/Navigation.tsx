import { NavLink, Stack, Text } from "@mantine/core";
import type { Me, Role } from "@mentalverse/shared";
import { Link, useLocation } from "react-router";
import { hasRole } from "../features/auth/session.js";

interface Item {
  to: string;
  label: string;
}

const MEMBER: Item[] = [
  { to: "/home", label: "Home" },
  { to: "/matches", label: "Matches" },
  { to: "/messages", label: "Messages" },
  { to: "/profile", label: "Matching profile" },
  { to: "/measures", label: "Wellbeing check-ins" },
  { to: "/screening", label: "Safety check" },
  { to: "/notifications", label: "Notifications" },
  { to: "/settings", label: "Settings" },
];
const REVIEWER: Item[] = [{ to: "/review/matches", label: "Match review" }];
const SUPERVISOR: Item[] = [
  { to: "/staff/applications", label: "Mentor applications" },
  { to: "/staff/relationships", label: "Relationships" },
];
const SAFETY: Item[] = [
  { to: "/staff/safety", label: "Safety cases" },
  { to: "/staff/safety/reports", label: "Reports and alerts" },
];
const ADMIN: Item[] = [
  { to: "/admin/users", label: "Users" },
  { to: "/admin/audit", label: "Audit log" },
  { to: "/admin/outbox", label: "Mail outbox" },
];

function Links({ items, labelledBy }: { items: Item[]; labelledBy?: string }) {
  const { pathname } = useLocation();
  // The most specific item wins, so /staff/safety/reports does not also mark /staff/safety.
  const current = items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .reduce<string | null>((best, item) => (best && best.length >= item.to.length ? best : item.to), null);
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: "none" }} aria-labelledby={labelledBy}>
      {items.map((item) => {
        const active = item.to === current;
        return (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={item.label}
              active={active}
              aria-current={active ? "page" : undefined}
            />
          </li>
        );
      })}
    </Stack>
  );
}

/** Navigation by role: every member sees their own pages; staff sections only for their roles. */
/** A staff section, shown to holders of any of its roles; the server enforces the same rule. */
const SECTIONS: { id: string; title: string; roles: readonly Role[]; items: Item[] }[] = [
  { id: "nav-review", title: "Matching", roles: ["match_reviewer", "admin"], items: REVIEWER },
  { id: "nav-supervision", title: "Supervision", roles: ["supervisor", "admin"], items: SUPERVISOR },
  { id: "nav-safety", title: "Safety", roles: ["safety"], items: SAFETY },
  { id: "nav-admin", title: "Admin", roles: ["admin"], items: ADMIN },
];

export function Navigation({ me }: { me: Me }) {
  return (
    <Stack gap="md">
      <Links items={MEMBER} />
      {SECTIONS.filter((section) => section.roles.some((role) => hasRole(me, role))).map((section) => (
        <div key={section.id}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id={section.id}>
            {section.title}
          </Text>
          <Links items={section.items} labelledBy={section.id} />
        </div>
      ))}
    </Stack>
  );
}
