import { Text, UnstyledButton } from "@mantine/core";
import { STEP_LABELS, type Step, type StepId } from "./steps.js";

/**
 * The steps as a numbered list that wraps at any width. Done steps and the one in progress can be
 * opened; later ones wait their turn. Done-ness is said in words, not only by a tick.
 */
export function StepList({
  steps,
  active,
  reachable,
  onSelect,
}: {
  steps: Step[];
  active: StepId | "finished";
  reachable: (id: StepId) => boolean;
  onSelect: (id: StepId) => void;
}) {
  return (
    <nav aria-label="Onboarding steps">
      <ol style={{ display: "flex", flexWrap: "wrap", gap: "8px 16px", padding: 0, margin: 0, listStyle: "none" }}>
        {steps.map((step, index) => {
          const current = step.id === active;
          const label = `${index + 1}. ${STEP_LABELS[step.id]}`;
          const state = step.done ? "done" : "not done yet";
          return (
            <li key={step.id}>
              {reachable(step.id) ? (
                <UnstyledButton
                  onClick={() => onSelect(step.id)}
                  aria-current={current ? "step" : undefined}
                  style={{ textDecoration: current ? "underline" : undefined }}
                >
                  <Text span fw={current ? 700 : 500}>
                    {step.done ? "✓ " : ""}
                    {label}
                  </Text>
                  <Text span size="sm" c="dimmed">
                    {" "}
                    ({state})
                  </Text>
                </UnstyledButton>
              ) : (
                <Text span c="dimmed">
                  {label} ({state})
                </Text>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
