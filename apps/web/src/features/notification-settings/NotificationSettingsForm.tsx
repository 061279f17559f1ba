import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { NotificationPreferences } from "@mentalverse/shared";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { CategoryTable } from "./CategoryTable.js";
import { setChannel, toDraft, toRequest } from "./draft.js";
import { QuietHoursSection } from "./QuietHoursSection.js";
import { useSaveNotificationPreferences } from "./queries.js";

export function NotificationSettingsForm({ preferences }: { preferences: NotificationPreferences }) {
  const [draft, setDraft] = useState(() => toDraft(preferences));
  const [saved, setSaved] = useState(false);
  const save = useSaveNotificationPreferences();

  // Saved elsewhere (another tab) or just now: show what the server holds.
  useEffect(() => setDraft(toDraft(preferences)), [preferences]);

  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const change = (next: typeof draft) => {
    setSaved(false);
    setDraft(next);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(toRequest(draft), { onSuccess: () => setSaved(true) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Notification settings">
      <Stack gap="lg">
        <ErrorAlert error={save.error} title="Your settings were not saved" />
        <Card withBorder padding="md" component="section" aria-labelledby="categories-heading">
          <Title order={2} size="h3" id="categories-heading" mb="sm">
            Categories
          </Title>
          <CategoryTable
            categories={draft.categories}
            onChange={(category, channel, on) => change(setChannel(draft, category, channel, on))}
          />
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="quiet-hours-heading">
          <Title order={2} size="h3" id="quiet-hours-heading" mb="sm">
            Quiet hours
          </Title>
          <QuietHoursSection
            value={draft.quietHours}
            onChange={(quietHours) => change({ ...draft, quietHours })}
            profileTimeZone={preferences.profileTimeZone}
            errors={errors}
          />
        </Card>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save notification settings
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Saved." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
