import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useCrisisAlert } from "./member-queries.js";

/**
 * The one-tap alert, behind a one-line confirmation so a slip never sends it. It tells the safety
 * team that this member asked for help (and in which conversation); it never carries what they typed.
 */
export function CrisisAlertButton({ conversationId }: { conversationId?: string | undefined }) {
  const alert = useCrisisAlert();
  const [confirming, setConfirming] = useState(false);

  if (alert.isSuccess) {
    return (
      <Text role="status" fw={600}>
        The safety team has been alerted and will reach out to you. They are not watching around the clock, so if you
        are in danger now, please contact one of the lines above.
      </Text>
    );
  }
  if (!confirming) {
    return (
      <Group>
        <Button color="indigo.8" onClick={() => setConfirming(true)}>
          Alert the safety team
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label="Confirm the alert">
      <Text>
        Send an alert to the safety team now? They will see your name and that you asked for help, not your messages.
      </Text>
      <ErrorAlert error={alert.error} title="The alert was not sent" />
      <Group gap="sm">
        <Button color="indigo.8" loading={alert.isPending} onClick={() => alert.mutate({ conversationId })}>
          Yes, alert the safety team
        </Button>
        <Button variant="default" onClick={() => setConfirming(false)} disabled={alert.isPending}>
          Not now
        </Button>
      </Group>
    </Stack>
  );
}
