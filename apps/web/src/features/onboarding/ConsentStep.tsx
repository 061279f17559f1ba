import { Button, Checkbox, List, Stack, Text, Title } from "@mantine/core";
import type { OnboardingState } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../lib/format.js";
import { useConsentText, useGiveConsent } from "./queries.js";
import { StepFrame } from "./StepFrame.js";

/** The consent text exactly as the server publishes it (its version is what gets recorded), and an explicit yes. */
export function ConsentStep({ state, onNext }: { state: OnboardingState; onNext: () => void }) {
  const text = useConsentText();
  const give = useGiveConsent();
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  const current = state.consent?.current ? state.consent : null;

  const onSubmit = (version: string) => (event: React.FormEvent) => {
    event.preventDefault();
    if (!agreed) {
      setMissing(true);
      return;
    }
    give.mutate(version, { onSuccess: onNext });
  };

  return (
    <QueryState query={text} label="Loading the consent text">
      {(consent) => (
        <StepFrame title={consent.title}>
          {consent.sections.map((section) => (
            <section key={section.heading}>
              <Title order={3} size="h5" mb={4}>
                {section.heading}
              </Title>
              <List spacing={4}>
                {section.points.map((point) => (
                  <List.Item key={point}>{point}</List.Item>
                ))}
              </List>
            </section>
          ))}
          {state.consent && !state.consent.current ? (
            <Text fw={600}>This text has changed since you last agreed. Please read it and agree again.</Text>
          ) : null}
          {current ? (
            <Stack gap="sm" align="flex-start">
              <Text>You agreed to this on {formatDate(current.agreedAt)}.</Text>
              <Button onClick={onNext}>Continue</Button>
            </Stack>
          ) : (
            <form onSubmit={onSubmit(consent.version)} noValidate>
              <Stack gap="sm" align="flex-start">
                <Checkbox
                  label="I have read this and I agree"
                  checked={agreed}
                  onChange={(event) => {
                    setAgreed(event.currentTarget.checked);
                    setMissing(false);
                  }}
                  error={missing ? "Tick the box to agree, or come back when you are ready." : undefined}
                />
                <ErrorAlert error={give.error} />
                <Button type="submit" loading={give.isPending}>
                  Give consent
                </Button>
              </Stack>
            </form>
          )}
        </StepFrame>
      )}
    </QueryState>
  );
}
