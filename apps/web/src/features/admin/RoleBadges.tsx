import { Group, Text } from "@mantine/core";
import { ROLE_LABELS, type Role, STAFF_ROLES } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";

export function RoleBadges({ roles }: { roles: Role[] }) {
  if (roles.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No roles
      </Text>
    );
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <StatusBadge key={role} tone={STAFF_ROLES.includes(role) ? "info" : "neutral"}>
          {ROLE_LABELS[role]}
        </StatusBadge>
      ))}
    </Group>
  );
}
