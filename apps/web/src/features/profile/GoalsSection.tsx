import { Button, Group, Stack, TextInput } from "@mantine/core";
import type { FieldErrors } from "./field-errors.js";
import { errorAt } from "./field-errors.js";

const MAX_GOALS = 5;

/** One to five short goals, in the member's own words. */
export function GoalsSection({
  value,
  onChange,
  errors,
  listError,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
  listError: string | undefined;
}) {
  const setGoal = (index: number, text: string) => onChange(value.map((g, i) => (i === index ? text : g)));
  return (
    <Stack gap="sm">
      {value.map((goal, index) => (
        // Goals have no ids of their own; the position is what the member edits.
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1, minWidth: 0 }}
            label={`Goal ${index + 1}`}
            maxLength={200}
            value={goal}
            onChange={(event) => setGoal(index, event.currentTarget.value)}
            error={errorAt(errors, "goals", index) ?? (index === 0 ? listError : undefined)}
          />
          {value.length > 1 ? (
            <Button
              variant="subtle"
              color="red.9"
              aria-label={`Remove goal ${index + 1}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          ) : null}
        </Group>
      ))}
      {value.length < MAX_GOALS ? (
        <Group>
          <Button variant="light" onClick={() => onChange([...value, ""])}>
            Add a goal
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
