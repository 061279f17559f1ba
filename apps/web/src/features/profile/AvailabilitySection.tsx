import { Button, Group, Stack, Text } from "@mantine/core";
import { plural } from "../../lib/format.js";
import { AvailabilityGrid } from "./AvailabilityGrid.js";
import { AVAILABILITY_PRESETS, addSlots, presetSlots } from "./availability.js";
import type { SectionProps } from "./ProfileSection.js";

/** Weekly hour slots: presets for the usual patterns, then the grid for the details. */
export function AvailabilitySection({ value, onChange, error }: SectionProps<number[]>) {
  return (
    <Stack gap="sm">
      <Text size="sm" id="availability-help">
        Press an hour to mark it free; press again to clear it. In the grid, the arrow keys move between hours and days.
      </Text>
      <Group gap="xs" wrap="wrap" role="group" aria-label="Quick choices">
        {AVAILABILITY_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            variant="light"
            size="xs"
            onClick={() => onChange(addSlots(value, presetSlots(preset)))}
          >
            Add {preset.label.charAt(0).toLowerCase()}
            {preset.label.slice(1)}
          </Button>
        ))}
        <Button variant="subtle" color="red.9" size="xs" onClick={() => onChange([])} disabled={value.length === 0}>
          Clear all hours
        </Button>
      </Group>
      <Text size="sm" role="status" c={error ? "red.9" : undefined}>
        {error ?? `${plural(value.length, "hour")} a week picked.`}
      </Text>
      <AvailabilityGrid value={value} onChange={onChange} describedBy="availability-help" />
    </Stack>
  );
}
