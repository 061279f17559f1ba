import { Paper, Text } from "@mantine/core";

/** Why there are no forms: a relationship that has ended or is paused stays readable only. */
export function ReadOnlyNote() {
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text fw={700}>Read only</Text>
      <Text size="sm">
        This relationship is not active, so you can read everything here but not add or change anything.
      </Text>
    </Paper>
  );
}
