import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { type RelationshipDetail, SaveGraduationPlanRequestSchema } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { useSaveGraduationPlan } from "./queries.js";

/** The pair's shared graduation plan; either may write or revise it. */
export function GraduationPlanForm({ relationship: r }: { relationship: RelationshipDetail }) {
  const [plan, setPlan] = useState(r.graduation.plan ?? "");
  const [targetDate, setTargetDate] = useState(r.graduation.targetDate?.slice(0, 10) ?? "");
  const [errors, setErrors] = useState<{ plan?: string; targetDate?: string }>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveGraduationPlan(r.id);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = SaveGraduationPlanRequestSchema.safeParse({ plan, targetDate });
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === "plan" || key === "targetDate") next[key] ??= issue.message;
      }
      return setErrors(next);
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        if (error instanceof ApiError) setErrors(error.fieldErrors());
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Textarea
          label="Your plan together"
          description="How you will wind down: what the mentee will keep doing alone, who else they can turn to, and how you will say goodbye."
          autosize
          minRows={4}
          maxLength={4000}
          value={plan}
          onChange={(e) => setPlan(e.currentTarget.value)}
          error={errors.plan}
        />
        <TextInput
          type="date"
          label="Target date"
          value={targetDate}
          onChange={(e) => setTargetDate(e.currentTarget.value)}
          error={errors.targetDate}
          maw={240}
        />
        {save.error && !(save.error instanceof ApiError && Object.keys(save.error.fieldErrors()).length > 0) ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save the plan
          </Button>
          <span role="status">{saved ? "Saved." : ""}</span>
        </Group>
      </Stack>
    </form>
  );
}
