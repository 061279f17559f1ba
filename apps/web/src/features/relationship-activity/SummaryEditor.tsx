import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type MentoringSession, SaveSummaryRequestSchema } from "@mentalverse/shared";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDateTime } from "../../lib/format.js";
import { useSaveSummary } from "./sessions-queries.js";

/**
 * The summary both members share. It carries the version it was edited from, so a save made
 * meanwhile by the other member is reported instead of silently overwritten.
 */
export function SummaryEditor({
  relationshipId,
  session,
  canWrite,
}: {
  relationshipId: string;
  session: MentoringSession;
  canWrite: boolean;
}) {
  const summary = session.summary;
  const [editing, setEditing] = useState(false);
  const form = useZodForm({ text: summary?.text ?? "" });
  const save = useSaveSummary(relationshipId, session.id);
  const { reset } = form;
  const baseVersion = summary?.version ?? 0;

  useEffect(() => {
    if (!editing) reset({ text: summary?.text ?? "" });
  }, [editing, summary?.text, reset]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(SaveSummaryRequestSchema, { text: form.values.text, baseVersion });
    if (body) save.mutate({ text: body.text, baseVersion }, { onError: form.fail, onSuccess: () => setEditing(false) });
  };

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Shared summary
      </Text>
      {summary ? (
        <>
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {summary.text}
          </Text>
          <Text size="xs" c="dimmed">
            Last saved by {summary.author.displayName}, {formatDateTime(summary.updatedAt)}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          No summary yet. Both of you can see and edit the summary.
        </Text>
      )}
      {canWrite && !editing ? (
        <Group>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {summary ? "Edit summary" : "Write summary"}
          </Button>
        </Group>
      ) : null}
      {editing ? (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Shared summary">
          <Stack gap="xs">
            <ErrorAlert error={form.formError} />
            <Textarea
              label="Session summary"
              description="Both of you see this summary."
              autosize
              minRows={3}
              maxLength={5000}
              {...form.text("text")}
            />
            <Group gap="sm">
              <Button type="submit" size="xs" loading={save.isPending}>
                Save summary
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
