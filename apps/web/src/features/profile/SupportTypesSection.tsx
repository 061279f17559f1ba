import { Checkbox, Stack } from "@mantine/core";
import { SUPPORT_TYPES, type SupportType } from "@mentalverse/shared";
import type { SectionProps } from "./ProfileSection.js";

/** The kinds of support the member would like; any of the four. */
export function SupportTypesSection({ value, onChange, error }: SectionProps<SupportType[]>) {
  return (
    <Checkbox.Group
      label="Kinds of support"
      description="Pick all that you would like."
      value={value}
      onChange={(next) => onChange(SUPPORT_TYPES.map((t) => t.id).filter((id) => next.includes(id)))}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {SUPPORT_TYPES.map((type) => (
          <Checkbox key={type.id} value={type.id} label={type.label} description={type.description} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
