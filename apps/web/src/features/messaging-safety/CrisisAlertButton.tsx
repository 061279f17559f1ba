import { Button, Group, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useCrisisAlert } from "./member-queries.js";

/**
 * The one-tap alert, behind a one-line confirmation so a slip never sends it. It tells the safety
 * team that this member asked for help (and in which conversation); it never carries what they typed.
 */
export function CrisisAlertButton({ conversationId }: { conversationId?: string | undefined }) {
  const alert = useCrisisAlert();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap between the button and its confirmation, so keyboard and screen-reader
  // users are not dropped back to the top of the page.
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus) openRef.current?.focus();
  }, [confirming, returnFocus]);

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
        <Button ref={openRef} color="indigo.8" onClick={() => setConfirming(true)}>
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
        <Button
          ref={confirmRef}
          color="indigo.8"
          loading={alert.isPending}
          onClick={() => alert.mutate({ conversationId })}
        >
          Yes, alert the safety team
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setReturnFocus(true);
            setConfirming(false);
          }}
          disabled={alert.isPending}
        >
          Not now
        </Button>
      </Group>
    </Stack>
  );
}
