import { Button, Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { AddMilestoneRequestSchema, type MentoringGoal, type Milestone } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDate } from "../../lib/format.js";
import { useAddMilestone, useTickMilestone } from "./goals-queries.js";

/** A goal's milestones as boxes either member may tick, and a field to add one. */
export function MilestoneList({
  relationshipId,
  goal,
  canWrite,
}: {
  relationshipId: string;
  goal: MentoringGoal;
  canWrite: boolean;
}) {
  const tick = useTickMilestone(relationshipId, goal.id);
  const done = goal.milestones.filter((m) => m.done).length;
  // The box shows the asked-for state at once, until the server's answer replaces it.
  const shown = (m: Milestone) =>
    tick.isPending && tick.variables?.milestoneId === m.id ? tick.variables.done : m.done;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Milestones: {done} of {goal.milestones.length} done
      </Text>
      <ErrorAlert error={tick.error} />
      {goal.milestones.length > 0 ? (
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: "none" }}>
          {goal.milestones.map((milestone) => (
            <li key={milestone.id}>
              <Checkbox
                label={milestone.title}
                description={
                  milestone.done && milestone.doneBy
                    ? `Done by ${milestone.doneBy.displayName}, ${formatDate(milestone.doneAt)}`
                    : undefined
                }
                checked={shown(milestone)}
                disabled={!canWrite || tick.isPending}
                onChange={(event) => tick.mutate({ milestoneId: milestone.id, done: event.currentTarget.checked })}
              />
            </li>
          ))}
        </Stack>
      ) : null}
      {canWrite ? <AddMilestoneForm relationshipId={relationshipId} goal={goal} /> : null}
    </Stack>
  );
}

function AddMilestoneForm({ relationshipId, goal }: { relationshipId: string; goal: MentoringGoal }) {
  const form = useZodForm({ title: "" });
  const add = useAddMilestone(relationshipId, goal.id);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(AddMilestoneRequestSchema);
    if (body) add.mutate(body.title, { onError: form.fail, onSuccess: () => form.reset({ title: "" }) });
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={`Add a milestone to ${goal.title}`}>
      <ErrorAlert error={form.formError} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label="New milestone" style={{ flex: "1 1 14rem" }} {...form.text("title")} />
        <Button type="submit" variant="light" loading={add.isPending}>
          Add milestone
        </Button>
      </Group>
    </form>
  );
}
