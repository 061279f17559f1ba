import { Text, Timeline } from "@mantine/core";
import type { OwnMentorApplication } from "@mentalverse/shared";
import { formatDate } from "../../lib/format.js";
import { STATUS_EXPLANATIONS, STATUS_LABELS, type StepState, timelineOf } from "./statuses.js";

const STATE_WORDS: Record<StepState, string> = { done: "Done", current: "Now", upcoming: "Still to come" };

/** Where the application is in the pipeline; each step says its state in words, not colour alone. */
export function ApplicationTimeline({ application }: { application: OwnMentorApplication }) {
  const steps = timelineOf(application);
  const active = steps.findIndex((s) => s.state === "current");
  return (
    <Timeline active={active} bulletSize={22} lineWidth={3} color="indigo.8" aria-label="Application progress">
      {steps.map((step) => (
        <Timeline.Item
          key={step.status}
          title={`${STATUS_LABELS[step.status]}: ${STATE_WORDS[step.state]}`}
          aria-current={step.state === "current" ? "step" : undefined}
          bullet={step.state === "done" ? "✓" : step.state === "current" ? "●" : undefined}
        >
          {step.at ? (
            <Text size="xs" c="dimmed">
              {formatDate(step.at)}
            </Text>
          ) : null}
          {step.state === "current" ? (
            <Text size="sm" mt={4}>
              {STATUS_EXPLANATIONS[step.status]}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
