import { Alert, Stack, Text } from "@mantine/core";
import type { MeasureDefinition, MeasureResponse } from "@mentalverse/shared";
import { ABOUT, NOT_A_DIAGNOSIS, scoreText } from "./meaning.js";

/** A scored questionnaire: the score, its band, and what that means in plain words. */
export function MeasureResult({ def, response }: { def: MeasureDefinition; response: MeasureResponse }) {
  if (!response.result) return null;
  const band = def.bands.find((b) => b.band === response.result?.band);
  return (
    <Alert color="teal" title="Your answers are saved and scored" role="status">
      <Stack gap="xs">
        <Text fw={700}>Your score: {scoreText(def, response.result)}</Text>
        <Text fw={700}>Band: {response.result.bandLabel}</Text>
        {band ? (
          <Text size="sm">
            Scores from {band.min} to {band.max} fall in this band.
          </Text>
        ) : null}
        <Text size="sm">{ABOUT[def.id]}</Text>
        <Text size="sm">{NOT_A_DIAGNOSIS}</Text>
      </Stack>
    </Alert>
  );
}
