import { Button, Group, NumberInput, Stack, Text, Textarea } from "@mantine/core";
import { AddProgressUpdateRequestSchema, type MentoringGoal } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDate } from "../../lib/format.js";
import { useAddProgressUpdate } from "./goals-queries.js";

/** What changed and how far along the goal is, newest first, with a form to add an update. */
export function ProgressUpdates({
  relationshipId,
  goal,
  canWrite,
}: {
  relationshipId: string;
  goal: MentoringGoal;
  canWrite: boolean;
}) {
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Progress updates
      </Text>
      {goal.updates.length === 0 ? (
        <Text size="sm" c="dimmed">
          No updates yet.
        </Text>
      ) : (
        <Stack component="ul" gap={6} m={0} pl="md">
          {goal.updates.map((update) => (
            <li key={update.id}>
              <Text size="sm">
                <b>{update.percent}%</b>, {update.author.displayName}, {formatDate(update.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {update.note}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {canWrite ? <ProgressUpdateForm relationshipId={relationshipId} goal={goal} /> : null}
    </Stack>
  );
}

function ProgressUpdateForm({ relationshipId, goal }: { relationshipId: string; goal: MentoringGoal }) {
  const initial = { note: "", percent: String(goal.percent) };
  const form = useZodForm(initial);
  const add = useAddProgressUpdate(relationshipId, goal.id);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { note, percent } = form.values;
    const body = form.parse(AddProgressUpdateRequestSchema, {
      note,
      percent: percent === "" ? undefined : Number(percent),
    });
    if (!body) return;
    add.mutate(body, { onError: form.fail, onSuccess: () => form.reset({ note: "", percent: String(body.percent) }) });
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={`Add a progress update to ${goal.title}`}>
      <Stack gap="xs">
        <ErrorAlert error={form.formError} />
        <Textarea label="Progress note" autosize minRows={2} maxLength={2000} {...form.text("note")} />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NumberInput
            label="Percent done"
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            suffix="%"
            w={140}
            value={form.values.percent}
            onChange={(n) => form.setValue("percent", String(n))}
            error={form.errors.percent}
          />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add update
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
