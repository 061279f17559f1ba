import { Alert, Anchor, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from "@mantine/core";
import { ApplyAsMentorRequestSchema } from "@mentalverse/shared";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { errorsFromApi, errorsFromIssues, errorUnder, type FieldErrors } from "../profile/field-errors.js";
import { useOwnProfile } from "../profile/queries.js";
import { useGraduationPrefill } from "../relationships/graduation-prefill.js";
import {
  type ApplicationDraft,
  emptyApplication,
  requestFromApplication,
  withMentorTypes,
} from "./application-draft.js";
import { MentorTypeFields } from "./MentorTypeFields.js";
import { useApplyAsMentor } from "./queries.js";
import { ReferencesFields } from "./ReferencesFields.js";
import { StableTimeField } from "./StableTimeField.js";

const FORM_FIELDS = [
  "mentorTypes",
  "specialisations",
  "livedExperience",
  "stableSince",
  "stableSinceMonths",
  "capacity",
  "boundaries",
  "references",
  "profile",
];

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Mentors need a complete matching profile too: matching compares both sides. */
function ProfileNote({ highlight }: { highlight: string | undefined }) {
  const profile = useOwnProfile();
  if (!highlight && (profile.isPending || profile.data?.complete)) return null;
  return (
    <Alert
      color={highlight ? "red" : "yellow"}
      title="Your matching profile comes first"
      role={highlight ? "alert" : undefined}
    >
      <Text size="sm">
        {highlight ?? "Mentors fill in the same matching profile as mentees, so we can suggest good pairings."}{" "}
        <Anchor component={Link} to="/profile">
          Complete your matching profile
        </Anchor>
        , then come back to apply.
      </Text>
    </Alert>
  );
}

export function ApplicationForm() {
  const [draft, setDraft] = useState<ApplicationDraft>(emptyApplication);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const apply = useApplyAsMentor();
  const formRef = useRef<HTMLFormElement>(null);
  const prefill = useGraduationPrefill();

  // A graduate's form starts from what the server drafted from their profile; they still check and submit it.
  useEffect(() => {
    if (prefill) setDraft((current) => withMentorTypes({ ...current, ...prefill }, prefill.mentorTypes));
  }, [prefill]);

  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: "center" });
  }, [attempt]);

  const patch = (next: Partial<ApplicationDraft>) => {
    setDraft((current) => {
      const merged = { ...current, ...next };
      return next.mentorTypes ? withMentorTypes(merged, next.mentorTypes) : merged;
    });
    const touched = [...Object.keys(next), ...(next.mentorTypes ? ["specialisations"] : [])];
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([k]) => !touched.includes(k.split(".")[0] ?? ""))),
    );
  };

  /** Reasons go beside their fields; the alert above the button names anything that has no field here. */
  const fail = (next: FieldErrors, error: unknown) => {
    setErrors(next);
    const unplaced = Object.keys(next).some((k) => !FORM_FIELDS.includes(k.split(".")[0] ?? ""));
    setFormError(
      Object.keys(next).length > 0 && !unplaced
        ? new ApiError(0, "validation_failed", "Some answers need a change; see the notes beside them.")
        : error,
    );
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ApplyAsMentorRequestSchema.safeParse(requestFromApplication(draft));
    if (!parsed.success) return fail(errorsFromIssues(parsed.error.issues), null);
    apply.mutate(parsed.data, { onError: (error) => fail(errorsFromApi(error), error) });
  };

  const stableError = errorUnder(errors, "stableSince") ?? errorUnder(errors, "stableSinceMonths");
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Mentor application">
      <Stack gap="lg">
        <ProfileNote highlight={errors.profile} />
        <Part id="types-heading" title="What you would mentor in">
          <MentorTypeFields
            mentorTypes={draft.mentorTypes}
            specialisations={draft.specialisations}
            onTypes={(mentorTypes) => patch({ mentorTypes })}
            onSpecialisations={(specialisations) => patch({ specialisations })}
            errors={errors}
          />
        </Part>
        <Part id="experience-heading" title="Your experience">
          <Stack gap="md">
            <Textarea
              label="Lived experience"
              description="What you have lived through and what helped, in your own words (at least 50 characters). Share only what you are comfortable sharing."
              autosize
              minRows={4}
              maxLength={4000}
              value={draft.livedExperience}
              onChange={(e) => patch({ livedExperience: e.currentTarget.value })}
              error={errors.livedExperience}
            />
            <StableTimeField value={draft} onChange={patch} error={stableError} />
          </Stack>
        </Part>
        <Part id="commitment-heading" title="Your commitment">
          <Stack gap="md">
            <NumberInput
              label="Mentees at once"
              description="How many mentees you could support at the same time, from 1 to 5. You can change this later."
              min={1}
              max={5}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              value={draft.capacity}
              onChange={(n) => patch({ capacity: typeof n === "number" ? n : Number(n) })}
              error={errors.capacity}
            />
            <Textarea
              label="Boundaries"
              description="When you are available, what you will and will not do as a peer mentor (at least 20 characters)."
              autosize
              minRows={3}
              maxLength={2000}
              value={draft.boundaries}
              onChange={(e) => patch({ boundaries: e.currentTarget.value })}
              error={errors.boundaries}
            />
          </Stack>
        </Part>
        <Part id="references-heading" title="References">
          <Text size="sm" mb="sm">
            Two people who know you well, not family. A supervisor may contact them.
          </Text>
          <ReferencesFields value={draft.references} onChange={(references) => patch({ references })} errors={errors} />
        </Part>
        <ErrorAlert error={formError} />
        <Group>
          <Button type="submit" loading={apply.isPending}>
            Submit application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
