import { Anchor, Stack, Text } from "@mantine/core";
import { STAFF_ROLES } from "@mentalverse/shared";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { useMe } from "../../features/auth/session.js";
import { NewGroupForm } from "../../features/groups/NewGroupForm.js";

/** Support groups are started by mentors and staff (the server enforces the same rule). */
export function NewGroupPage() {
  const me = useMe();
  const mayCreate = me.roles.some((role) => role === "mentor" || STAFF_ROLES.includes(role));
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to="/messages" size="sm">
        ← Messages
      </Anchor>
      <PageHeader title="New group" description="A small support group of up to 50 people, with you as its owner." />
      {mayCreate ? (
        <NewGroupForm />
      ) : (
        <Text>Only mentors and staff can start a group. A mentor or the team can add you to one.</Text>
      )}
    </Stack>
  );
}
