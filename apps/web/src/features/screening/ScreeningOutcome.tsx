import { Alert, Stack, Text } from "@mantine/core";
import type { SubmitScreeningResponseSchema } from "@mentalverse/shared";
import { useEffect, useRef } from "react";
import type { z } from "zod";
import { CrisisResourcesPanel } from "./CrisisResourcesPanel.js";

export type ScreeningOutcomeData = z.output<typeof SubmitScreeningResponseSchema>;
type Outcome = ScreeningOutcomeData;

function message(outcome: Outcome): string {
  if (outcome.actions.holdMatching) {
    return "Thank you for answering honestly. A member of our safety team will reach out to you soon. Peer matching is on hold until you have talked with them. This is to make sure you get the right support first, not a judgement of you.";
  }
  if (outcome.actions.openSafetyCase) {
    return "Thank you for answering honestly. Our safety team has been told and may get in touch with you. You can still be matched with a peer mentor.";
  }
  if (outcome.actions.showCrisisResources) {
    return "Thank you for answering honestly. Talking to someone can help; the lines below are there any time you need them.";
  }
  return "Thank you. Nothing in your answers needs follow-up now. If things change, you can take this check again at any time.";
}

/** What happens next after a submitted screening, with the crisis lines first whenever the server sends them. */
export function ScreeningOutcome({ outcome, headingLevel = 2 }: { outcome: Outcome; headingLevel?: 2 | 3 }) {
  const text = message(outcome);
  const ref = useRef<HTMLDivElement>(null);
  // The outcome replaces a long form: bring it, and its crisis lines, into view and to the screen reader at once.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus();
  }, []);
  return (
    <Stack gap="md" ref={ref} tabIndex={-1} style={{ outline: "none", scrollMarginTop: 80 }}>
      {outcome.crisisResources ? (
        <CrisisResourcesPanel resources={outcome.crisisResources} intro={text} headingLevel={headingLevel} />
      ) : (
        <Alert color="teal" title="Your safety check is saved">
          <Text size="sm">{text}</Text>
        </Alert>
      )}
      {outcome.actions.holdMatching ? (
        <Text fw={700}>Peer matching: on hold until you have talked with the safety team.</Text>
      ) : null}
    </Stack>
  );
}
