import { List, Stack, Text, Title } from "@mantine/core";
import { type TipiScores as Scores, TIPI_TRAITS } from "@mentalverse/shared";

/** The five trait scores computed from the saved answers (1 to 7, the mean of two items). */
export function TipiScores({ scores }: { scores: Scores | null }) {
  if (!scores) {
    return (
      <Text size="sm" c="dimmed">
        Your personality scores appear here once all ten statements are answered and saved.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Your personality scores
      </Title>
      <Text size="sm" c="dimmed">
        Each is from 1 to 7. If you share your personality, your match sees these scores, never your answers.
      </Text>
      <List size="sm" aria-label="Your personality scores">
        {TIPI_TRAITS.map((trait) => (
          <List.Item key={trait.id}>
            {trait.label}: {scores[trait.id].toFixed(1)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
