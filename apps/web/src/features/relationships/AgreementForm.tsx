import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type AgreementTerms, AgreementTermsSchema } from "@mentalverse/shared";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { type AgreementDraft, COMMON_METHODS, draftField, draftFromTerms, termsFromDraft } from "./agreement-draft.js";
import { useProposeAgreement } from "./queries.js";

type Errors = Partial<Record<keyof AgreementDraft, string>>;

/** Writing the agreement or a change to it; sending it also signs it for the proposer. */
export function AgreementForm({
  relationshipId,
  start,
  submitLabel,
  onDone,
  onCancel,
}: {
  relationshipId: string;
  start: AgreementTerms | null;
  submitLabel: string;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<AgreementDraft>(() => draftFromTerms(start));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const propose = useProposeAgreement(relationshipId);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = <K extends keyof AgreementDraft>(key: K, value: AgreementDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key === "otherMethods" ? "methods" : key]: undefined }));
  };

  const show = (found: { path: string; reason: string }[], error: unknown) => {
    const next: Errors = {};
    let unplaced = found.length === 0;
    for (const { path, reason } of found) {
      const field = draftField(path);
      if (field) next[field] ??= reason;
      else unplaced = true;
    }
    setErrors(next);
    setFormError(unplaced ? error : null);
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = AgreementTermsSchema.safeParse(termsFromDraft(draft));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), reason: i.message }));
      return show(issues, new ApiError(0, "validation_failed", "Some answers need a change."));
    }
    propose.mutate(parsed.data, {
      onSuccess: () => onDone?.(),
      onError: (error) => {
        const details = error instanceof ApiError ? error.details : [];
        const found = details.flatMap((d) =>
          d.field ? [{ path: d.field.replace(/^body\./, ""), reason: d.reason }] : [],
        );
        show(found, error);
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Relationship agreement">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Meeting frequency"
            description="How often you will meet, for example: weekly, on Tuesday evenings."
            value={draft.meetingFrequency}
            onChange={(e) => set("meetingFrequency", e.currentTarget.value)}
            error={errors.meetingFrequency}
            maxLength={200}
          />
          <TextInput
            label="Expected duration"
            description="How long you expect to work together, for example: about 6 months."
            value={draft.expectedDuration}
            onChange={(e) => set("expectedDuration", e.currentTarget.value)}
            error={errors.expectedDuration}
            maxLength={200}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Communication methods"
          description="How you will keep in touch. Pick at least one."
          value={draft.methods}
          onChange={(methods) => set("methods", methods)}
          error={errors.methods}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing="xs">
            {COMMON_METHODS.map((method) => (
              <Checkbox key={method} value={method} label={method} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label="Other ways to keep in touch (optional)"
          description="Separate them with commas."
          value={draft.otherMethods}
          onChange={(e) => set("otherMethods", e.currentTarget.value)}
        />
        <Textarea
          label="Boundaries"
          description="What each of you will and will not do, when you are reachable, and what happens in a crisis (peer support is not crisis care)."
          autosize
          minRows={3}
          maxLength={2000}
          value={draft.boundaries}
          onChange={(e) => set("boundaries", e.currentTarget.value)}
          error={errors.boundaries}
        />
        <Textarea
          label="Goals we will work on"
          description="What the mentee hopes to work on together."
          autosize
          minRows={3}
          maxLength={2000}
          value={draft.goals}
          onChange={(e) => set("goals", e.currentTarget.value)}
          error={errors.goals}
        />
        <ErrorAlert error={formError} />
        <Group>
          <Button type="submit" loading={propose.isPending}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
