import { NavLink, Stack, Text } from "@mantine/core";
import type { Me } from "@mentalverse/shared";
import { Link, useLocation } from "react-router";
import { hasRole } from "../features/auth/session.js";

interface Item {
  to: string;
  label: string;
}

const MEMBER: Item[] = [
  { to: "/home", label: "Home" },
  { to: "/matches", label: "Matches" },
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
const SAFETY: Item[] = [{ to: "/staff/safety", label: "Safety cases" }];
const ADMIN: Item[] = [
  { to: "/admin/users", label: "Users" },
  { to: "/admin/audit", label: "Audit log" },
  { to: "/admin/outbox", label: "Mail outbox" },
];

function Links({ items, labelledBy }: { items: Item[]; labelledBy?: string }) {
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: "none" }} aria-labelledby={labelledBy}>
      {items.map((item) => {
        const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
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
export function Navigation({ me }: { me: Me }) {
  return (
    <Stack gap="md">
      <Links items={MEMBER} />
      {hasRole(me, "match_reviewer") || hasRole(me, "admin") ? (
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id="nav-review">
            Matching
          </Text>
          <Links items={REVIEWER} labelledBy="nav-review" />
        </div>
      ) : null}
      {hasRole(me, "supervisor") || hasRole(me, "admin") ? (
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id="nav-supervision">
            Supervision
          </Text>
          <Links items={SUPERVISOR} labelledBy="nav-supervision" />
        </div>
      ) : null}
      {hasRole(me, "safety") ? (
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id="nav-safety">
            Safety
          </Text>
          <Links items={SAFETY} labelledBy="nav-safety" />
        </div>
      ) : null}
      {hasRole(me, "admin") ? (
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id="nav-admin">
            Admin
          </Text>
          <Links items={ADMIN} labelledBy="nav-admin" />
        </div>
      ) : null}
    </Stack>
  );
}
