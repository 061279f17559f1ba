import { List, Text } from "@mantine/core";
import { RELATIONSHIP_PHASES, type RelationshipPhase } from "@mentalverse/shared";
import { phaseNumber } from "./labels.js";

/** The three phases in order, each marked done, current or ahead in words. */
export function PhaseSteps({ current }: { current: RelationshipPhase }) {
  const now = phaseNumber(current);
  return (
    <List type="ordered" spacing={4} aria-label="Phases">
      {RELATIONSHIP_PHASES.map((phase) => {
        const where = phase.number < now ? "done" : phase.number === now ? "current phase" : "ahead";
        return (
          <List.Item key={phase.id} aria-current={phase.number === now ? "step" : undefined}>
            <Text span fw={phase.number === now ? 700 : 400}>
              {phase.label} ({phase.span.label})
            </Text>{" "}
            <Text span size="sm" c="dimmed">
              — {where}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
