import { Button, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { firstUnfinished, STEP_LABELS } from "./steps.js";
import { useOnboardingProgress } from "./use-onboarding-progress.js";

/** On the home page: where onboarding stands, with a way back in while any step is left. */
export function OnboardingCallToAction() {
  const progress = useOnboardingProgress();
  if (!progress.ready) return null;
  const next = firstUnfinished(progress.steps);
  if (next === null) {
    return <Text>Your onboarding is complete.</Text>;
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text>Your onboarding is not finished yet. Next step: {STEP_LABELS[next].toLowerCase()}.</Text>
      <Button component={Link} to="/onboarding">
        Continue onboarding
      </Button>
    </Stack>
  );
}
