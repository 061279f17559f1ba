import { Button, Group, Radio, Stack, Textarea } from "@mantine/core";
import { FIT_SURVEY_ITEMS, type FitItemId, SubmitAssessmentRequestSchema } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { useSubmitAssessment } from "./queries.js";

const SCALE = [
  { value: "1", label: "1 Not at all" },
  { value: "2", label: "2 A little" },
  { value: "3", label: "3 Somewhat" },
  { value: "4", label: "4 Mostly" },
  { value: "5", label: "5 Very much" },
];

/** The week-4 fit survey; each answer stays with its author, only the pair's result is shared. */
export function FitSurveyForm({ relationshipId }: { relationshipId: string }) {
  const [answers, setAnswers] = useState<Partial<Record<FitItemId, string>>>({});
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Partial<Record<FitItemId, string>>>({});
  const submit = useSubmitAssessment(relationshipId);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      answers: Object.fromEntries(FIT_SURVEY_ITEMS.map((item) => [item.id, Number(answers[item.id] ?? 0)])),
      ...(comment.trim() ? { comment } : {}),
    };
    const parsed = SubmitAssessmentRequestSchema.safeParse(body);
    if (!parsed.success) {
      const next: Partial<Record<FitItemId, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[1] as FitItemId] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    submit.mutate(parsed.data);
  };

  const serverErrors = submit.error instanceof ApiError ? submit.error.fieldErrors() : {};
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Fit check">
      <Stack gap="md">
        {FIT_SURVEY_ITEMS.map((item) => (
          <Radio.Group
            key={item.id}
            label={item.text}
            value={answers[item.id] ?? null}
            onChange={(value) => {
              setAnswers((current) => ({ ...current, [item.id]: value }));
              setErrors((current) => ({ ...current, [item.id]: undefined }));
            }}
            error={errors[item.id] ?? serverErrors[`answers.${item.id}`]}
          >
            <Group gap="md" mt={6}>
              {SCALE.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Textarea
          label="Anything else? (optional)"
          description="Not shown to your match. It helps us learn what makes a good match."
          autosize
          minRows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <ErrorAlert error={submit.error} />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            Send my answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
