import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { WorriedAlertRequestSchema } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import type { DecryptedMessage } from "../messaging/types.js";
import { useWorriedAlert } from "./member-queries.js";

/** The note (required) and the send; the messages were chosen by WorriedAlertButton. */
export function WorriedAlertForm({
  conversationId,
  mentee,
  messages,
  onDone,
}: {
  conversationId: string;
  mentee: string;
  messages: DecryptedMessage[];
  onDone(): void;
}) {
  const alert = useWorriedAlert(conversationId);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();

  if (alert.isSuccess) {
    return (
      <Stack gap="md">
        <Text role="status">
          The safety team has been alerted and {mentee} has been told. Someone from the team will follow up.
        </Text>
        <Group justify="flex-end">
          <Button onClick={onDone}>Close</Button>
        </Group>
      </Stack>
    );
  }
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = WorriedAlertRequestSchema.safeParse({
      note,
      messages: messages.flatMap((m) => (m.revealed ? [m.revealed] : [])),
    });
    if (!body.success) {
      setNoteError("Write a few words on what worries you");
      return;
    }
    alert.mutate(body.data, {
      onError: (error) => setNoteError(error instanceof ApiError ? error.fieldErrors().note : undefined),
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="I'm worried alert">
      <Stack gap="md">
        <Textarea
          label="What worries you"
          description="Required. Seen by the safety team only."
          autosize
          minRows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setNoteError(undefined);
          }}
          error={noteError}
          required
        />
        <ErrorAlert error={alert.error} title="The alert was not sent" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={alert.isPending}>
            Cancel
          </Button>
          <Button type="submit" color="red.8" loading={alert.isPending}>
            Tell {mentee} and alert the safety team
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
