import { Button, Fieldset, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { INTERVIEW_RUBRIC, type MentorApplicationDetail } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { ApiError, fieldName } from "../../lib/api-error.js";
import { RUBRIC_LABELS, SCORE_LABELS, STATUS_LABELS } from "./labels.js";
import { nextSteps } from "./next-steps.js";
import { useTransitionApplication } from "./queries.js";
import { EMPTY_TRANSITION, formFieldOf, type TransitionValues, transitionBody } from "./transition-body.js";

const SCORE_OPTIONS = [
  { value: "", label: "Choose a score" },
  ...SCORE_LABELS.map((label, i) => ({ value: String(i + 1), label: `${i + 1} – ${label}` })),
];

/** Server and form errors on the form's own inputs, nested fields included. */
function onInputs(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, field: d.field && formFieldOf(fieldName(d.field)) }));
  return new ApiError(error.status, error.code, error.message, details, error.requestId);
}

/** The allowed next steps only; every step needs a reason, and some need their evidence. */
export function TransitionForm({ application }: { application: MentorApplicationDetail }) {
  const form = useZodForm<TransitionValues>(EMPTY_TRANSITION);
  const transition = useTransitionApplication(application.id);
  const [done, setDone] = useState("");
  const steps = nextSteps(application.status);
  const step = steps.find((s) => s.to === form.values.to);

  if (steps.length === 0) {
    return <Text>No further steps: this application is {STATUS_LABELS[application.status].toLowerCase()}.</Text>;
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone("");
    const built = transitionBody(form.values, step);
    if (!built.body) {
      form.fail(new ApiError(0, "validation_failed", "Check the form", built.errors));
      return;
    }
    transition.mutate(built.body, {
      onError: (error) => form.fail(onInputs(error)),
      onSuccess: (updated) => {
        form.reset(EMPTY_TRANSITION);
        setDone(`Saved. The application is now: ${STATUS_LABELS[updated.status]}.`);
      },
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <Radio.Group
          label="Next step"
          value={form.values.to}
          onChange={(value) => form.setValue("to", value)}
          error={form.errors.to}
        >
          <Stack gap="xs" mt="xs">
            {steps.map((s) => (
              <Radio key={s.to} value={s.to} label={s.label} description={s.hint} />
            ))}
          </Stack>
        </Radio.Group>
        {step && step.scores !== "none" ? (
          <Fieldset legend="Interview rubric">
            <Text size="sm" mb="sm">
              {step.scores === "required"
                ? "Score each area from 1 to 5."
                : "Optional when rejecting: score all five areas to record the interview, or leave them all blank."}
            </Text>
            {form.errors.interviewScores ? (
              <Text size="sm" c="red.9" mb="sm">
                {form.errors.interviewScores}
              </Text>
            ) : null}
            <Stack gap="sm">
              {INTERVIEW_RUBRIC.map((key) => (
                <NativeSelect
                  key={key}
                  label={RUBRIC_LABELS[key]}
                  data={SCORE_OPTIONS}
                  value={form.values[key]}
                  onChange={(e) => form.setValue(key, e.currentTarget.value)}
                  error={form.errors[key]}
                  maw={320}
                />
              ))}
            </Stack>
          </Fieldset>
        ) : null}
        {step && step.verification !== "none" ? (
          <Fieldset legend="Background verification">
            {form.errors.verification ? (
              <Text size="sm" c="red.9" mb="sm">
                {form.errors.verification}
              </Text>
            ) : null}
            <Stack gap="sm">
              <TextInput
                label="Verified by"
                description="The person or service who carried out the check"
                {...form.text("verifiedBy")}
              />
              <Radio.Group
                label="Result of the check"
                value={form.values.outcome}
                onChange={(value) => form.setValue("outcome", value)}
                error={form.errors.outcome}
              >
                <Group gap="lg" mt="xs">
                  <Radio value="passed" label="Passed" />
                  <Radio value="failed" label="Failed" />
                </Group>
              </Radio.Group>
            </Stack>
          </Fieldset>
        ) : null}
        <Textarea
          label="Reason"
          description="Required. Kept in the application's history and the audit log."
          autosize
          minRows={2}
          {...form.text("reason")}
        />
        <Group gap="sm">
          <Button type="submit" loading={transition.isPending} color={step?.to === "rejected" ? "red.9" : undefined}>
            {step?.label ?? "Save next step"}
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {done}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
