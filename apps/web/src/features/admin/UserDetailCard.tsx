import { Anchor, Card, SimpleGrid, Text } from "@mantine/core";
import type { AdminUserDetailSchema } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { z } from "zod";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { AccountStatus } from "./UserTable.js";

type AdminUserDetail = z.output<typeof AdminUserDetailSchema>;

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Everything staff may see about one member; viewing it is recorded in the audit log. */
export function UserDetailCard({ user }: { user: AdminUserDetail }) {
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
        <Field term="Display name">{user.displayName}</Field>
        <Field term="Real name">{user.realName ?? "Not given"}</Field>
        <Field term="Email">{user.email}</Field>
        <Field term="Status">
          <AccountStatus user={user} />
        </Field>
        <Field term="Joined">{formatDate(user.createdAt)}</Field>
        <Field term="Last sign-in">{formatDateTime(user.lastSignInAt)}</Field>
        <Field term="Locked until">{formatDateTime(user.lockedUntil)}</Field>
        <Field term="Member id">
          <Text component="span" ff="monospace" size="sm">
            {user.id}
          </Text>
        </Field>
      </SimpleGrid>
      <Text size="sm" mt="md">
        <Anchor component={Link} to={`/admin/audit?subjectId=${user.id}`}>
          Audit events about this member
        </Anchor>
      </Text>
    </Card>
  );
}
