import { Alert, Anchor, Button, Card, Stack, Text, Title } from "@mantine/core";
import type { MyScreening, ScreeningStatus } from "@mentalverse/shared";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { CrisisBox } from "../../components/CrisisBox.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useMyScreenings, useScreeningStatus } from "../../features/screening/queries.js";
import { ScreeningHistory } from "../../features/screening/ScreeningHistory.js";
import { ScreeningPanel } from "../../features/screening/ScreeningPanel.js";
import { ScreeningStatusCard } from "../../features/screening/ScreeningStatusCard.js";

/** The member's own safety check: take it (again) at any time, and see past results and whether matching is held. */
export function ScreeningPage() {
  const status = useScreeningStatus();
  const mine = useMyScreenings();
  return (
    <Stack gap="lg" maw={860}>
      <PageHeader
        title="Safety check"
        description="Six short questions from the Columbia Suicide Severity Rating Scale screener. Only you and our safety team see your answers."
      />
      {status.isPending || mine.isPending ? <Loading /> : null}
      {status.isError || mine.isError ? <ErrorAlert error={status.error ?? mine.error} /> : null}
      {status.isSuccess && mine.isSuccess ? (
        <ScreeningContent status={status.data} screenings={mine.data.screenings} />
      ) : null}
      <CrisisBox />
    </Stack>
  );
}

function ScreeningContent({ status, screenings }: { status: ScreeningStatus; screenings: MyScreening[] }) {
  const [params] = useSearchParams();
  const draft = screenings.find((s) => s.status === "draft");
  // Decided once: submitting changes the status, and the outcome must stay on screen after it does.
  const [showForm, setShowForm] = useState(status.due || draft !== undefined);
  const fromOnboarding = params.get("from") === "onboarding";

  return (
    <>
      {params.get("reason") === "phq9" ? (
        <Alert color="indigo" title="A few safety questions, now">
          <Text size="sm">
            You told us you have had thoughts of being better off dead or of hurting yourself. Thank you for saying so.
            Your questionnaire is saved. Please answer these questions now so we can make sure you have the right
            support.
          </Text>
        </Alert>
      ) : null}
      <ScreeningStatusCard status={status} />
      <Card withBorder padding="lg" component="section" aria-labelledby="take-heading">
        <Title order={2} size="h4" id="take-heading" mb="sm">
          {draft ? "Continue your safety check" : "Take the safety check"}
        </Title>
        {showForm ? (
          <ScreeningPanel
            draft={draft}
            headingLevel={3}
            after={() => (
              <Stack gap="xs" mt="md">
                {fromOnboarding ? (
                  <Anchor component={Link} to="/onboarding">
                    Back to onboarding
                  </Anchor>
                ) : null}
                <Anchor component={Link} to="/measures">
                  Go to your wellbeing check-ins
                </Anchor>
              </Stack>
            )}
          />
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text>You can take the safety check again whenever you want to, not only when it is due.</Text>
            <Button onClick={() => setShowForm(true)}>Take the safety check now</Button>
          </Stack>
        )}
      </Card>
      <section aria-labelledby="history-heading">
        <Title order={2} size="h4" id="history-heading" mb="sm">
          Your past safety checks
        </Title>
        <ScreeningHistory screenings={screenings} />
      </section>
    </>
  );
}
