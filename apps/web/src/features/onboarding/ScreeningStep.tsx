import { Anchor, Button, Stack, Text } from "@mantine/core";
import type { MyScreening, ScreeningStatus } from "@mentalverse/shared";
import { useState } from "react";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.js";
import { RISK_LABELS } from "../screening/risk.js";
import { ScreeningPanel } from "../screening/ScreeningPanel.js";
import { StepFrame } from "./StepFrame.js";

/** The first safety check. The outcome, crisis lines included, stays until the member chooses to continue. */
export function ScreeningStep({
  status,
  draft,
  onNext,
}: {
  status: ScreeningStatus;
  draft: MyScreening | undefined;
  onNext: () => void;
}) {
  // Decided once, so submitting (which changes the status) does not swap the outcome for this summary.
  const [showForm] = useState(status.due || draft !== undefined);
  return (
    <StepFrame title="Safety check">
      <Text>
        Everyone who joins answers six short questions from the Columbia Suicide Severity Rating Scale screener. They
        help us make sure you get the right support. Only you and our safety team see your answers.
      </Text>
      {showForm ? (
        <ScreeningPanel
          draft={draft}
          headingLevel={3}
          after={() => (
            <Stack gap="xs" mt="md" align="flex-start">
              <Button onClick={onNext}>Continue to the wellbeing check-in</Button>
            </Stack>
          )}
        />
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text>
            You completed the safety check on {formatDate(status.lastCompletedAt)}
            {status.lastRisk ? ` (result: ${RISK_LABELS[status.lastRisk]})` : ""}.
          </Text>
          <Anchor component={Link} to="/screening">
            See your safety checks
          </Anchor>
          <Button onClick={onNext}>Continue</Button>
        </Stack>
      )}
    </StepFrame>
  );
}
