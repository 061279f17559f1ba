import { Button, Group, NumberInput, Stack, Switch, Text } from "@mantine/core";
import { MentorPreferencesRequestSchema, type OwnMentorApplication } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { errorsFromApi, errorsFromIssues, type FieldErrors } from "../profile/field-errors.js";
import { useUpdateMentorPreferences } from "./queries.js";

/** An active mentor's own settings: how many mentees at once, and whether to take new ones now. */
export function PreferencesForm({ application }: { application: OwnMentorApplication }) {
  const [capacity, setCapacity] = useState<number | string>(application.capacity);
  const [paused, setPaused] = useState(application.pauseNewMatches);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateMentorPreferences();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = MentorPreferencesRequestSchema.safeParse({ capacity: Number(capacity), pauseNewMatches: paused });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    update.mutate(
      { capacity: Number(capacity), pauseNewMatches: paused },
      {
        onError: (error) => setErrors(errorsFromApi(error)),
        onSuccess: (stored) => {
          setCapacity(stored.capacity);
          setPaused(stored.pauseNewMatches);
          setErrors({});
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="preferences-heading">
      <Stack gap="md">
        <ErrorAlert error={update.isError && Object.keys(errors).length === 0 ? update.error : null} />
        <NumberInput
          label="Mentees at once"
          description="From 1 to 5."
          min={1}
          max={5}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={capacity}
          onChange={(n) => {
            setCapacity(n);
            setSaved(false);
          }}
          error={errors.capacity}
        />
        <Switch
          label="Pause new matches"
          description="While paused, you keep your current mentees but are not matched with new ones."
          checked={paused}
          onChange={(event) => {
            setPaused(event.currentTarget.checked);
            setSaved(false);
          }}
          error={errors.pauseNewMatches}
        />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            Save preferences
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Preferences saved." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
