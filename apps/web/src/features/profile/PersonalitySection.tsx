import { Group, Radio, Stack, Text } from "@mantine/core";
import { TIPI_INSTRUCTIONS, TIPI_ITEMS, TIPI_LICENCE_NOTE, TIPI_SCALE, TIPI_STEM } from "@mentalverse/shared";
import type { SectionProps } from "./ProfileSection.js";

/** The Ten-Item Personality Inventory, worded exactly as published. */
export function PersonalitySection({ value, onChange, error }: SectionProps<(number | null)[]>) {
  const answered = value.filter((a) => a !== null).length;
  const setAnswer = (index: number, rating: number) => onChange(value.map((a, i) => (i === index ? rating : a)));
  return (
    <Stack gap="md">
      <Text size="sm">{TIPI_INSTRUCTIONS}</Text>
      <Text size="sm">
        Scale: 1 = {TIPI_SCALE[0].label}, 7 = {TIPI_SCALE[6].label}.
      </Text>
      <Text size="sm" role="status" c={error ? "red.9" : undefined}>
        {error ?? `${answered} of ${TIPI_ITEMS.length} answered.`}
      </Text>
      <Text fw={600}>{TIPI_STEM}</Text>
      {TIPI_ITEMS.map((item, index) => (
        <Radio.Group
          key={item.number}
          label={`${item.number}. ${item.text}`}
          value={value[index] === null || value[index] === undefined ? null : String(value[index])}
          onChange={(rating) => setAnswer(index, Number(rating))}
        >
          <Group gap="md" mt={6} wrap="wrap">
            {TIPI_SCALE.map((point) => (
              <Radio key={point.value} value={String(point.value)} label={`${point.value} ${point.label}`} />
            ))}
          </Group>
        </Radio.Group>
      ))}
      <Text size="xs" c="dimmed">
        {TIPI_LICENCE_NOTE}
      </Text>
    </Stack>
  );
}
