import type { MyScreening } from "@mentalverse/shared";
import { type ReactNode, useState } from "react";
import { ScreeningForm } from "./ScreeningForm.js";
import { ScreeningOutcome, type ScreeningOutcomeData } from "./ScreeningOutcome.js";

/**
 * The screener, then what happens next. The outcome stays on screen (with its crisis lines) until
 * the member moves on themselves, even though the saved status behind it has already changed.
 */
export function ScreeningPanel({
  draft,
  headingLevel,
  after,
}: {
  draft: MyScreening | undefined;
  headingLevel?: 2 | 3;
  /** Shown under the outcome: where to go next. */
  after?: (outcome: ScreeningOutcomeData) => ReactNode;
}) {
  const [outcome, setOutcome] = useState<ScreeningOutcomeData | null>(null);
  if (outcome) {
    return (
      <>
        <ScreeningOutcome outcome={outcome} headingLevel={headingLevel} />
        {after?.(outcome)}
      </>
    );
  }
  return <ScreeningForm draft={draft} onSubmitted={setOutcome} headingLevel={headingLevel} />;
}
