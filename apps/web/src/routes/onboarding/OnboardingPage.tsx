import { Alert, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { CrisisBox } from "../../components/CrisisBox.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { AboutStep } from "../../features/onboarding/AboutStep.js";
import { BaselineStep } from "../../features/onboarding/BaselineStep.js";
import { ConsentStep } from "../../features/onboarding/ConsentStep.js";
import { FinishedStep } from "../../features/onboarding/FinishedStep.js";
import { IntentStep } from "../../features/onboarding/IntentStep.js";
import { MentorStep } from "../../features/onboarding/MentorStep.js";
import { ProfileStep } from "../../features/onboarding/ProfileStep.js";
import { ScreeningStep } from "../../features/onboarding/ScreeningStep.js";
import { StepList } from "../../features/onboarding/StepList.js";
import { firstUnfinished, type StepId } from "../../features/onboarding/steps.js";
import { useOnboardingProgress } from "../../features/onboarding/use-onboarding-progress.js";

type Shown = StepId | "finished";

/**
 * Onboarding, resumable from any device: it opens on the first step the server says is not done.
 * The step on screen stays put while its data changes underneath (a submitted safety check must
 * keep its crisis lines visible); the member moves on with the step's own buttons.
 */
export function OnboardingPage() {
  const progress = useOnboardingProgress();
  const [selected, setShown] = useState<Shown | null>(null);
  const resumeAt: Shown | null = progress.ready ? (firstUnfinished(progress.steps) ?? "finished") : null;

  useEffect(() => {
    if (selected === null && resumeAt !== null) setShown(resumeAt);
  }, [selected, resumeAt]);

  const header = (
    <PageHeader
      title="Getting started"
      description="A few steps before we can match you. You can stop at any time and come back."
    />
  );
  if (!progress.ready || selected === null) {
    return (
      <Stack gap="lg" maw={860}>
        {header}
        {progress.error ? <ErrorAlert error={progress.error} /> : <Loading label="Loading your onboarding" />}
        <CrisisBox />
      </Stack>
    );
  }

  const { steps } = progress;
  // A step can disappear under the member (the mentor application, after choosing not to mentor).
  const shown = selected === "finished" || steps.some((s) => s.id === selected) ? selected : (resumeAt ?? "finished");
  const index = (id: StepId) => steps.findIndex((s) => s.id === id);
  const firstOpen = resumeAt === "finished" ? steps.length : index(resumeAt as StepId);
  // Only the server's order is trusted: a later step opens once everything before it is done or put off.
  const reachable = (id: StepId) => index(id) <= Math.max(firstOpen, shown === "finished" ? 0 : index(shown));
  const next = () => setShown(null);
  // Putting a step off moves to the next one not done; after the last, the summary lists what is left.
  const later = (id: StepId) => () => setShown(steps.slice(index(id) + 1).find((s) => !s.done)?.id ?? "finished");

  return (
    <Stack gap="lg" maw={860}>
      {header}
      {progress.screening.matchingHeld ? (
        <Alert color="red" variant="outline" title="Peer matching is on hold">
          <Text size="sm">
            A member of our safety team will reach out to you. Peer matching is on hold until you have talked with them.
            If you are in danger now, use the crisis lines at the bottom of this page.
          </Text>
        </Alert>
      ) : null}
      <StepList steps={steps} active={shown} reachable={reachable} onSelect={setShown} />
      {shown === "about" ? <AboutStep onNext={next} /> : null}
      {shown === "consent" ? <ConsentStep state={progress.onboarding} onNext={next} /> : null}
      {shown === "intent" ? <IntentStep state={progress.onboarding} onNext={next} /> : null}
      {shown === "screening" ? (
        <ScreeningStep status={progress.screening} draft={progress.screeningDraft} onNext={next} />
      ) : null}
      {shown === "baseline" ? (
        <BaselineStep history={progress.history} onNext={next} onLater={later("baseline")} />
      ) : null}
      {shown === "profile" ? <ProfileStep onNext={next} onLater={later("profile")} /> : null}
      {shown === "mentor" ? <MentorStep onNext={next} onLater={later("mentor")} /> : null}
      {shown === "finished" ? (
        <FinishedStep steps={steps} matchingHeld={progress.screening.matchingHeld} onSelect={setShown} />
      ) : null}
      {/* The about step shows the crisis lines itself. */}
      {shown === "about" ? null : <CrisisBox />}
    </Stack>
  );
}
