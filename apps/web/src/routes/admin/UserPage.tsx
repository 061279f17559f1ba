import { Anchor, Card, Stack, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useAdminUser } from "../../features/admin/queries.js";
import { RolesForm } from "../../features/admin/RolesForm.js";
import { UserDetailCard } from "../../features/admin/UserDetailCard.js";
import { useMe } from "../../features/auth/session.js";

export function UserPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const query = useAdminUser(id);
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/admin/users" size="sm">
        ← All users
      </Anchor>
      <QueryState query={query} label="Loading member">
        {(user) => (
          <>
            <PageHeader
              title={user.displayName}
              docTitle={`${user.displayName} (user)`}
              description="Viewing this page is recorded in the audit log."
            />
            <UserDetailCard user={user} />
            <Card withBorder padding="lg" component="section" aria-labelledby="roles-heading">
              <Title order={2} size="h3" id="roles-heading" mb="md">
                Roles
              </Title>
              <RolesForm userId={user.id} roles={user.roles} isSelf={user.id === me.id} />
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
