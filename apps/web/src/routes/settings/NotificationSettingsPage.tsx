import { Anchor, Stack } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { NotificationSettingsForm } from "../../features/notification-settings/NotificationSettingsForm.js";
import { useNotificationPreferences } from "../../features/notification-settings/queries.js";

export function NotificationSettingsPage() {
  const query = useNotificationPreferences();
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        title="Notification settings"
        description="Choose what reaches you in the app and by email, and when emails should wait."
      />
      <Anchor component={Link} to="/settings" size="sm">
        Back to settings
      </Anchor>
      <QueryState query={query} label="Loading your notification settings">
        {(preferences) => <NotificationSettingsForm preferences={preferences} />}
      </QueryState>
    </Stack>
  );
}
