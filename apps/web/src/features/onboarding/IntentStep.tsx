import { Button, Checkbox, Stack, Text } from "@mantine/core";
import { type OnboardingState, SetIntentRequestSchema } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useSetIntent } from "./queries.js";
import { StepFrame } from "./StepFrame.js";

/** Seek support, offer mentorship, or both; checked against the same contract the server uses. */
export function IntentStep({ state, onNext }: { state: OnboardingState; onNext: () => void }) {
  const setIntent = useSetIntent();
  const [chosen, setChosen] = useState<string[]>(() => [
    ...(state.intent?.seekSupport ? ["seek"] : []),
    ...(state.intent?.offerMentorship ? ["offer"] : []),
  ]);
  const [error, setError] = useState<string | null>(null);
  const seekSupport = chosen.includes("seek");
  const offerMentorship = chosen.includes("offer");

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = SetIntentRequestSchema.safeParse({ seekSupport, offerMentorship });
    if (!body.success) {
      setError(body.error.issues[0]?.message ?? "Choose at least one");
      return;
    }
    setIntent.mutate(body.data, { onSuccess: onNext });
  };

  return (
    <StepFrame title="What would you like to do?">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" align="flex-start">
          <Text>Choose one or both. You can change this later.</Text>
          <Checkbox.Group
            label="I would like to"
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setError(null);
            }}
            error={error ?? undefined}
          >
            <Stack gap="sm" mt="xs">
              <Checkbox value="seek" label="Seek support from a peer mentor" />
              <Checkbox
                value="offer"
                label="Offer mentorship to others"
                description="You will be asked to apply; staff review every application."
              />
            </Stack>
          </Checkbox.Group>
          <ErrorAlert error={setIntent.error} />
          <Button type="submit" loading={setIntent.isPending}>
            Save my choice
          </Button>
        </Stack>
      </form>
    </StepFrame>
  );
}
