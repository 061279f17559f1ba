import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { type MentoringSession, SavePrivateNoteRequestSchema } from "@mentalverse/shared";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDateTime } from "../../lib/format.js";
import { useDeletePrivateNote, useSavePrivateNote } from "./sessions-queries.js";

/** The viewer's own notes on a session, never shown to the partner or to supervisors. */
export function PrivateNoteEditor({
  relationshipId,
  session,
  canWrite,
}: {
  relationshipId: string;
  session: MentoringSession;
  canWrite: boolean;
}) {
  const note = session.myNote;
  const form = useZodForm({ text: note?.text ?? "" });
  const save = useSavePrivateNote(relationshipId, session.id);
  const remove = useDeletePrivateNote(relationshipId, session.id);
  const [saved, setSaved] = useState(false);
  const { reset } = form;

  useEffect(() => {
    reset({ text: note?.text ?? "" });
  }, [note?.text, reset]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.parse(SavePrivateNoteRequestSchema);
    if (body) save.mutate(body.text, { onError: form.fail, onSuccess: () => setSaved(true) });
  };

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="sm" fw={700}>
        Your private notes
      </Text>
      <Text size="sm" mb="xs">
        Only you can see these notes. Your partner and supervisors never see them.
      </Text>
      {canWrite ? (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={form.formError ?? remove.error} />
            <Textarea
              label="Private notes"
              description="Only you can see these notes."
              autosize
              minRows={2}
              maxLength={5000}
              {...form.text("text")}
            />
            <Group gap="sm" wrap="wrap">
              <Button type="submit" size="xs" variant="default" loading={save.isPending}>
                Save private notes
              </Button>
              {note ? (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red.8"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(undefined, { onSuccess: () => setSaved(false) })}
                >
                  Delete private notes
                </Button>
              ) : null}
              <Text size="sm" role="status" c="teal.9">
                {saved ? "Saved." : ""}
              </Text>
            </Group>
            {note ? (
              <Text size="xs" c="dimmed">
                Your notes were last saved {formatDateTime(note.updatedAt)}
              </Text>
            ) : null}
          </Stack>
        </form>
      ) : (
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {note?.text ?? "No notes."}
        </Text>
      )}
    </Paper>
  );
}
