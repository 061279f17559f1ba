import { Group, Radio } from "@mantine/core";
import type { FieldVisibility, ProfileField } from "@mentalverse/shared";
import { PROFILE_FIELD_NOUNS } from "./field-labels.js";

/** Each answer is shared with a match or kept private, and the member decides which. */
export function VisibilityControl({
  field,
  value,
  onChange,
}: {
  field: ProfileField;
  value: FieldVisibility;
  onChange: (value: FieldVisibility) => void;
}) {
  return (
    <Radio.Group
      label={`Who sees your ${PROFILE_FIELD_NOUNS[field]}`}
      value={value}
      onChange={(next) => onChange(next as FieldVisibility)}
    >
      <Group gap="lg" mt={6}>
        <Radio value="shared_with_match" label="Shared with your match" />
        <Radio value="private" label="Private" />
      </Group>
    </Radio.Group>
  );
}
