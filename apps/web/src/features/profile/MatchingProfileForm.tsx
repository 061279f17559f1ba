import { Button, Group, Stack, Text } from "@mantine/core";
import {
  type FieldVisibility,
  type OwnProfile,
  PROFILE_FIELDS,
  type ProfileField,
  SaveProfileRequestSchema,
} from "@mentalverse/shared";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { AvailabilitySection } from "./AvailabilitySection.js";
import { ChallengesSection } from "./ChallengesSection.js";
import {
  CommunicationStyleInput,
  ExpectedDurationInput,
  IntensityInput,
  RecoveryStageInput,
  TechnologyComfortInput,
} from "./ChoiceSections.js";
import { browserTimeZone, draftFromProfile, type ProfileDraft, requestFromDraft } from "./draft.js";
import { errorsFromApi, errorsFromIssues, errorUnder, type FieldErrors } from "./field-errors.js";
import { PROFILE_FIELD_LABELS } from "./field-labels.js";
import { GoalsSection } from "./GoalsSection.js";
import { LanguagesSection } from "./LanguagesSection.js";
import { PersonalitySection } from "./PersonalitySection.js";
import { ProfileSection } from "./ProfileSection.js";
import { useSaveProfile } from "./queries.js";
import { StorySection } from "./StorySection.js";
import { SupportTypesSection } from "./SupportTypesSection.js";
import { TimeZoneSection } from "./TimeZoneSection.js";
import { TipiScores } from "./TipiScores.js";
import { ValuesSection } from "./ValuesSection.js";

type DraftField = ProfileField & keyof ProfileDraft;

/** Names the answers that need a change, so a long form's problems are findable from the top. */
function summaryError(errors: FieldErrors, fallback: unknown): unknown {
  const fields = PROFILE_FIELDS.filter((f) => errorUnder(errors, f));
  if (fields.length === 0) return fallback;
  const names = fields.map((f) => PROFILE_FIELD_LABELS[f]).join(", ");
  return new ApiError(0, "validation_failed", `Some answers need a change: ${names}.`);
}

/** The whole matching profile, saved at once; incomplete answers are kept as a draft. */
export function MatchingProfileForm({ profile }: { profile: OwnProfile }) {
  const [draft, setDraft] = useState(() => draftFromProfile(profile, browserTimeZone()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");
  const [attempt, setAttempt] = useState(0);
  const save = useSaveProfile();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: "center" });
  }, [attempt]);

  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setSaved("");
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => k.split(".")[0] !== key)));
  };
  const bind = <K extends DraftField>(key: K) => ({
    value: draft[key],
    onChange: (value: ProfileDraft[K]) => set(key, value),
    error: errorUnder(errors, key),
  });
  const section = (field: ProfileField) => ({
    field,
    missing: profile.missing.includes(field),
    visibility: draft.visibility[field],
    onVisibility: (value: FieldVisibility) => set("visibility", { ...draft.visibility, [field]: value }),
  });

  const fail = (next: FieldErrors, error: unknown) => {
    setErrors(next);
    setFormError(summaryError(next, error));
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved("");
    const parsed = SaveProfileRequestSchema.safeParse(requestFromDraft(draft));
    if (!parsed.success) return fail(errorsFromIssues(parsed.error.issues), null);
    save.mutate(parsed.data, {
      onError: (error) => fail(errorsFromApi(error), error),
      onSuccess: (stored) => {
        setDraft(draftFromProfile(stored, browserTimeZone()));
        setErrors({});
        setFormError(null);
        setSaved(stored.complete ? "Profile saved." : "Saved as a draft. Some answers are still missing.");
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Matching profile">
      <Stack gap="lg">
        <ProfileSection {...section("challenges")} description="What you would like support with. Pick up to 10.">
          <ChallengesSection {...bind("challenges")} />
        </ProfileSection>
        <ProfileSection {...section("recoveryStage")}>
          <RecoveryStageInput {...bind("recoveryStage")} />
        </ProfileSection>
        <ProfileSection {...section("goals")} description="One to five things you would like to work towards.">
          <GoalsSection
            value={draft.goals}
            onChange={(goals) => set("goals", goals)}
            errors={errors}
            listError={errors.goals}
          />
        </ProfileSection>
        <ProfileSection {...section("communicationStyle")}>
          <CommunicationStyleInput {...bind("communicationStyle")} />
        </ProfileSection>
        <ProfileSection {...section("tipi")} description="Ten short statements, from a published questionnaire.">
          <PersonalitySection {...bind("tipi")} />
          <TipiScores scores={profile.tipiScores} />
        </ProfileSection>
        <ProfileSection {...section("topValues")} description="Your top five values, most important first.">
          <ValuesSection {...bind("topValues")} />
        </ProfileSection>
        <ProfileSection {...section("timeZone")} description="Filled in from this device; change it if it is wrong.">
          <TimeZoneSection {...bind("timeZone")} />
        </ProfileSection>
        <ProfileSection {...section("availability")} description="The hours in a usual week when you could meet.">
          <AvailabilitySection {...bind("availability")} />
        </ProfileSection>
        <ProfileSection {...section("languages")}>
          <LanguagesSection value={draft.languages} onChange={(rows) => set("languages", rows)} errors={errors} />
        </ProfileSection>
        <ProfileSection {...section("technologyComfort")}>
          <TechnologyComfortInput {...bind("technologyComfort")} />
        </ProfileSection>
        <ProfileSection {...section("supportTypes")}>
          <SupportTypesSection {...bind("supportTypes")} />
        </ProfileSection>
        <ProfileSection {...section("intensity")}>
          <IntensityInput {...bind("intensity")} />
        </ProfileSection>
        <ProfileSection {...section("expectedDuration")}>
          <ExpectedDurationInput {...bind("expectedDuration")} />
        </ProfileSection>
        <ProfileSection {...section("story")}>
          <StorySection {...bind("story")} />
        </ProfileSection>
        <ErrorAlert error={formError} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
