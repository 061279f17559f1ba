import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader.js";
import { ChangePasswordForm } from "../features/account/ChangePasswordForm.js";
import { DeleteAccountCard } from "../features/account/DeleteAccountCard.js";
import { ExportDataCard } from "../features/account/ExportDataCard.js";
import { ProfileForm } from "../features/account/ProfileForm.js";
import { useMe } from "../features/auth/session.js";

function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function SettingsPage() {
  const me = useMe();
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Settings" />
      <SettingsSection id="profile-heading" title="Profile">
        <ProfileForm me={me} />
      </SettingsSection>
      <SettingsSection id="notifications-heading" title="Notifications">
        <Text size="sm">
          Choose which notifications reach you in the app and by email, and set quiet hours for email.{" "}
          <Anchor component={Link} to="/settings/notifications">
            Notification settings
          </Anchor>
        </Text>
      </SettingsSection>
      <SettingsSection id="password-heading" title="Password">
        <ChangePasswordForm />
      </SettingsSection>
      <SettingsSection id="export-heading" title="Your data">
        <ExportDataCard />
      </SettingsSection>
      <SettingsSection id="delete-heading" title="Delete account">
        <DeleteAccountCard me={me} />
      </SettingsSection>
    </Stack>
  );
}
