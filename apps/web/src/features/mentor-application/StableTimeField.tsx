import { Group, NumberInput, Radio, Stack, Text, TextInput } from "@mantine/core";
import { RECOVERY_MENTOR_MIN_STABLE_MONTHS } from "@mentalverse/shared";
import { type ApplicationDraft, monthsSince, shortOfRecoveryRule } from "./application-draft.js";

type StableFields = Pick<ApplicationDraft, "stableBy" | "stableSince" | "stableSinceMonths" | "mentorTypes">;

/** Time in stable recovery or management, as a date or a number of months. */
export function StableTimeField({
  value,
  onChange,
  error,
}: {
  value: StableFields;
  onChange: (patch: Partial<StableFields>) => void;
  error: string | undefined;
}) {
  const recovery = value.mentorTypes.includes("recovery_mentor");
  const short = shortOfRecoveryRule(value);
  const months = value.stableBy === "date" ? monthsSince(value.stableSince) : null;
  const rule = `Recovery mentors need at least ${RECOVERY_MENTOR_MIN_STABLE_MONTHS} months (${RECOVERY_MENTOR_MIN_STABLE_MONTHS / 12} years) of stable recovery or management.`;
  return (
    <Stack gap="xs">
      <Radio.Group
        label="How would you like to give your time in stable recovery or management?"
        value={value.stableBy}
        onChange={(by) => onChange({ stableBy: by as ApplicationDraft["stableBy"] })}
      >
        <Group gap="lg" mt={6}>
          <Radio value="date" label="The date since when" />
          <Radio value="months" label="A number of months" />
        </Group>
      </Radio.Group>
      {value.stableBy === "date" ? (
        <TextInput
          type="date"
          label="Stable since"
          description={recovery ? rule : "The date your recovery or management became stable."}
          value={value.stableSince}
          onChange={(event) => onChange({ stableSince: event.currentTarget.value })}
          error={error}
        />
      ) : (
        <NumberInput
          label="Months of stable recovery or management"
          description={recovery ? rule : undefined}
          min={0}
          max={1200}
          allowDecimal={false}
          allowNegative={false}
          value={value.stableSinceMonths}
          onChange={(n) => onChange({ stableSinceMonths: String(n) })}
          error={error}
        />
      )}
      {months !== null && months >= 0 ? <Text size="sm">That is {months} months.</Text> : null}
      {recovery && short ? (
        <Text size="sm" c="#a84b00">
          This is less than the {RECOVERY_MENTOR_MIN_STABLE_MONTHS} months recovery mentors need. You can still apply as
          a wellness coach or life experience mentor.
        </Text>
      ) : null}
    </Stack>
  );
}
