import { Anchor, Button, Group, List, Text } from "@mantine/core";
import type { MeasureHistory } from "@mentalverse/shared";
import { Link } from "react-router";
import { StatusBadge } from "../../components/StatusBadge.js";
import { SHORT_NAMES } from "../measures/meaning.js";
import { LaterButton, StepFrame } from "./StepFrame.js";
import { BASELINE_REQUIRED, baselineDone } from "./steps.js";

const OPTIONAL = new Set(["pss10"]);

/** The baseline questionnaires, each taken on its own page and brought back here. */
export function BaselineStep({
  history,
  onNext,
  onLater,
}: {
  history: MeasureHistory;
  onNext: () => void;
  onLater: () => void;
}) {
  const done = baselineDone(history);
  return (
    <StepFrame
      title="Wellbeing check-in"
      actions={done ? <Button onClick={onNext}>Continue</Button> : <LaterButton onClick={onLater} />}
    >
      <Text>
        Your first answers are your baseline: every four weeks we will ask again, so you can see how things change. Only
        you see your answers and scores. The {BASELINE_REQUIRED.map((id) => SHORT_NAMES[id]).join(", ")} are part of
        joining; the PSS-10 is optional.
      </Text>
      <List spacing="sm" listStyleType="none" p={0}>
        {history.instruments.map((entry) => {
          const latest = entry.results.at(-1);
          const draft = history.drafts.some((d) => d.instrument === entry.instrument);
          const short = SHORT_NAMES[entry.instrument];
          return (
            <List.Item key={entry.instrument}>
              <Group gap="sm">
                <Text fw={600}>
                  {short}
                  {OPTIONAL.has(entry.instrument) ? " (optional)" : ""}
                </Text>
                {latest ? (
                  <>
                    <StatusBadge tone="good">Done</StatusBadge>
                    <Text size="sm">{latest.bandLabel}</Text>
                  </>
                ) : (
                  <>
                    <StatusBadge tone="neutral">Not done yet</StatusBadge>
                    <Anchor component={Link} to={`/measures/${entry.instrument}?from=onboarding`}>
                      {draft ? `Continue the ${short}` : `Take the ${short}`}
                    </Anchor>
                  </>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </StepFrame>
  );
}
