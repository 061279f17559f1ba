import { Anchor, Button, Group, Stack, TextInput } from "@mantine/core";
import type { MentoringSession } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useCancelSession, useConfirmSession } from "./sessions-queries.js";

/** Confirming, cancelling and the calendar file: what can be done before a session starts. */
export function SessionActions({
  relationshipId,
  session,
  canWrite,
  started,
}: {
  relationshipId: string;
  session: MentoringSession;
  canWrite: boolean;
  started: boolean;
}) {
  const confirm = useConfirmSession(relationshipId, session.id);
  const cancel = useCancelSession(relationshipId, session.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const open = session.status !== "cancelled";
  return (
    <Stack gap="xs">
      <ErrorAlert error={confirm.error ?? cancel.error} />
      <Group gap="sm" wrap="wrap">
        {session.canConfirm ? (
          <Button size="xs" onClick={() => confirm.mutate(undefined)} loading={confirm.isPending}>
            Confirm this time
          </Button>
        ) : null}
        {canWrite && open && !started && !cancelling ? (
          <Button size="xs" variant="default" onClick={() => setCancelling(true)}>
            Cancel session
          </Button>
        ) : null}
        {open ? (
          <Anchor href={session.calendarUrl} download size="sm">
            Add to calendar (.ics)
          </Anchor>
        ) : null}
      </Group>
      {cancelling ? (
        <form
          aria-label="Cancel this session"
          onSubmit={(event) => {
            event.preventDefault();
            cancel.mutate(reason.trim(), { onSuccess: () => setCancelling(false) });
          }}
        >
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Reason for cancelling (optional)"
              description="Your partner sees it."
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              style={{ flex: "1 1 14rem" }}
            />
            <Button type="submit" size="xs" color="red.8" loading={cancel.isPending}>
              Cancel the session
            </Button>
            <Button size="xs" variant="default" onClick={() => setCancelling(false)}>
              Keep it
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
