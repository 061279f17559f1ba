import { Anchor, Button, List, Text } from "@mantine/core";
import { Link } from "react-router";
import { StepFrame } from "./StepFrame.js";
import { STEP_LABELS, type Step, type StepId } from "./steps.js";

/** The end of the steps: complete, or a list of what was put off, never "done" when something is left. */
export function FinishedStep({
  steps,
  matchingHeld,
  onSelect,
}: {
  steps: Step[];
  matchingHeld: boolean;
  onSelect: (id: StepId) => void;
}) {
  const left = steps.filter((s) => !s.done);
  return (
    <StepFrame title={left.length === 0 ? "Onboarding is complete" : "Nearly there"}>
      {left.length === 0 ? (
        <Text>Thank you. Everything we need to get started is done.</Text>
      ) : (
        <>
          <Text>You put these off for later. Come back to them whenever you are ready:</Text>
          <List spacing="xs">
            {left.map((step) => (
              <List.Item key={step.id}>
                <Button variant="subtle" size="compact-md" onClick={() => onSelect(step.id)}>
                  {STEP_LABELS[step.id]}
                </Button>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {matchingHeld ? (
        <Text fw={700}>
          Peer matching is on hold until you have talked with our safety team. They will reach out to you.
        </Text>
      ) : (
        <Text>Matching with a peer mentor is being built now; we will let you know when it opens.</Text>
      )}
      <List spacing="xs">
        <List.Item>
          <Anchor component={Link} to="/measures">
            See your wellbeing check-ins
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/screening">
            See your safety checks
          </Anchor>
        </List.Item>
      </List>
    </StepFrame>
  );
}
