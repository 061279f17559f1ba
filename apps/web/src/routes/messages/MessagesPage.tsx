import { Anchor, Button, Group, Stack } from "@mantine/core";
import { STAFF_ROLES } from "@mentalverse/shared";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { hasRole, useMe } from "../../features/auth/session.js";
import { ConversationList } from "../../features/messaging/ConversationList.js";
import { RequireDevice } from "../../features/messaging/RequireDevice.js";

export function MessagesPage() {
  const me = useMe();
  const canMakeGroups = hasRole(me, "mentor") || STAFF_ROLES.some((role) => hasRole(me, role));
  return (
    <Stack gap="md" maw={800}>
      <PageHeader
        title="Messages"
        description="End-to-end encrypted: only the members of a conversation can read it, on their own devices."
      />
      <Group gap="sm">
        {canMakeGroups ? (
          <Button component={Link} to="/messages/groups/new" variant="light">
            New group
          </Button>
        ) : null}
        <Anchor component={Link} to="/messages/setup">
          Your devices and recovery
        </Anchor>
      </Group>
      <RequireDevice>{() => <ConversationList />}</RequireDevice>
    </Stack>
  );
}
