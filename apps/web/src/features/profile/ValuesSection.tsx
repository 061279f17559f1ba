import { Button, Checkbox, Fieldset, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { PERSONAL_VALUES, type PersonalValue, TOP_VALUES_MAX } from "@mentalverse/shared";
import type { SectionProps } from "./ProfileSection.js";

const labelOf = (id: PersonalValue) => PERSONAL_VALUES.find((v) => v.id === id)?.label ?? id;

/** Up to five values, most important first; the order is the order picked, and can be changed. */
export function ValuesSection({ value, onChange, error }: SectionProps<PersonalValue[]>) {
  const full = value.length >= TOP_VALUES_MAX;
  const toggle = (id: PersonalValue) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : full ? value : [...value, id]);
  const moveUp = (index: number) => {
    const next = [...value];
    [next[index - 1], next[index]] = [next[index] as PersonalValue, next[index - 1] as PersonalValue];
    onChange(next);
  };
  return (
    <Stack gap="md">
      <Fieldset legend={`Pick up to ${TOP_VALUES_MAX} values`} variant="unstyled">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          {PERSONAL_VALUES.map((v) => (
            <Checkbox
              key={v.id}
              label={v.label}
              checked={value.includes(v.id)}
              disabled={full && !value.includes(v.id)}
              onChange={() => toggle(v.id)}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Text size="sm" role="status" c={error ? "red.9" : undefined}>
        {error ?? `${value.length} of ${TOP_VALUES_MAX} picked.`}
      </Text>
      {value.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600} id="values-order">
            Most important first
          </Text>
          <List type="ordered" size="sm" aria-labelledby="values-order" spacing={4}>
            {value.map((id, index) => (
              <List.Item key={id}>
                <Group gap="xs" wrap="wrap">
                  <span>{labelOf(id)}</span>
                  {index > 0 ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Move ${labelOf(id)} up`}
                      onClick={() => moveUp(index)}
                    >
                      Move up
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
