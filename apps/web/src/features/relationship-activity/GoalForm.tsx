import { Button, Group, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import {
  CreateGoalRequestSchema,
  type MentoringGoal,
  type MentoringGoalStatus,
  MentoringGoalStatusSchema,
  UpdateGoalRequestSchema,
} from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { GOAL_STATUS, milestoneLines } from "./goal-labels.js";
import { useCreateGoal, useUpdateGoal } from "./goals-queries.js";

type Values = { title: string; description: string; targetDate: string; milestones: string; status: string };

const valuesOf = (goal?: MentoringGoal): Values => ({
  title: goal?.title ?? "",
  description: goal?.description ?? "",
  targetDate: goal?.targetDate ?? "",
  milestones: "",
  status: goal?.status ?? "active",
});

/** Adds a goal (with first milestones), or edits one when `goal` is given. */
export function GoalForm({
  relationshipId,
  goal,
  onDone,
}: {
  relationshipId: string;
  goal?: MentoringGoal;
  onDone?: () => void;
}) {
  const form = useZodForm(valuesOf(goal));
  const create = useCreateGoal(relationshipId);
  const update = useUpdateGoal(relationshipId, goal?.id ?? "");
  const pending = create.isPending || update.isPending;
  const v = form.values;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const description = v.description.trim();
    const finished = () => {
      if (!goal) form.reset(valuesOf());
      onDone?.();
    };
    if (goal) {
      const body = form.parse(UpdateGoalRequestSchema, {
        title: v.title,
        description: description || null,
        targetDate: v.targetDate || null,
        status: v.status,
      });
      if (body) update.mutate(body, { onError: form.fail, onSuccess: finished });
      return;
    }
    const milestones = milestoneLines(v.milestones);
    const body = form.parse(CreateGoalRequestSchema, {
      title: v.title,
      ...(description ? { description } : {}),
      ...(v.targetDate ? { targetDate: v.targetDate } : {}),
      ...(milestones.length > 0 ? { milestones } : {}),
    });
    if (body) create.mutate(body, { onError: form.fail, onSuccess: finished });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={form.formError} />
        <TextInput label="Goal" description="What you want to work on together." {...form.text("title")} />
        <Textarea label="Details (optional)" autosize minRows={2} maxLength={2000} {...form.text("description")} />
        <TextInput type="date" label="Target date (optional)" {...form.text("targetDate")} />
        {goal ? (
          <Radio.Group
            label="Status"
            value={v.status}
            onChange={(status) => form.setValue("status", status)}
            error={form.errors.status}
          >
            <Group gap="lg" mt={6}>
              {MentoringGoalStatusSchema.options.map((status: MentoringGoalStatus) => (
                <Radio key={status} value={status} label={GOAL_STATUS[status].label} />
              ))}
            </Group>
          </Radio.Group>
        ) : (
          <Textarea
            label="Milestones (optional)"
            description="Small steps towards the goal, one per line. You can add more later."
            autosize
            minRows={2}
            {...form.text("milestones")}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {goal ? "Save goal" : "Add goal"}
          </Button>
          {goal && onDone ? (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
