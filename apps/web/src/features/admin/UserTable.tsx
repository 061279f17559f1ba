import { Anchor, Group, Text } from "@mantine/core";
import type { AdminUserSummary } from "@mentalverse/shared";
import { Link } from "react-router";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { RoleBadges } from "./RoleBadges.js";

export function AccountStatus({ user }: { user: AdminUserSummary }) {
  const badges = [
    user.lockedUntil && new Date(user.lockedUntil) > new Date() ? (
      <StatusBadge key="l" tone="warn">
        Locked
      </StatusBadge>
    ) : null,
    user.deletionScheduledFor ? (
      <StatusBadge key="d" tone="bad">
        Deletion {formatDate(user.deletionScheduledFor)}
      </StatusBadge>
    ) : null,
    user.isDemo ? (
      <StatusBadge key="demo" tone="neutral">
        Demo
      </StatusBadge>
    ) : null,
  ].filter(Boolean);
  return badges.length ? <Group gap={4}>{badges}</Group> : <Text size="sm">Active</Text>;
}

const columns: Column<AdminUserSummary>[] = [
  {
    header: "Display name",
    cell: (user) => (
      <Anchor component={Link} to={`/admin/users/${user.id}`}>
        {user.displayName}
      </Anchor>
    ),
  },
  { header: "Email", cell: (user) => user.email },
  { header: "Roles", cell: (user) => <RoleBadges roles={user.roles} /> },
  { header: "Joined", cell: (user) => formatDate(user.createdAt) },
  { header: "Last sign-in", cell: (user) => formatDateTime(user.lastSignInAt) },
  { header: "Status", cell: (user) => <AccountStatus user={user} /> },
];

export function UserTable({ users }: { users: AdminUserSummary[] }) {
  if (users.length === 0) return <Text c="dimmed">No members match these filters.</Text>;
  return <ResponsiveTable caption="Members" rows={users} rowKey={(u) => u.id} columns={columns} minWidth={860} />;
}
