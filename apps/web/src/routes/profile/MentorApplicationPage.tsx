import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { OwnMentorApplication } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { ApplicationDetails } from "../../features/mentor-application/ApplicationDetails.js";
import { ApplicationForm } from "../../features/mentor-application/ApplicationForm.js";
import { ApplicationTimeline } from "../../features/mentor-application/ApplicationTimeline.js";
import { PreferencesForm } from "../../features/mentor-application/PreferencesForm.js";
import { useMyApplication } from "../../features/mentor-application/queries.js";
import { CLOSED_STATUSES, PREFERENCE_STATUSES } from "../../features/mentor-application/statuses.js";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Existing({ application }: { application: OwnMentorApplication }) {
  const closed = CLOSED_STATUSES.includes(application.status);
  return (
    <>
      <Section id="status-heading" title="Your application">
        <Stack gap="lg">
          <ApplicationTimeline application={application} />
          <Text size="sm" c="dimmed">
            Supervisors' notes stay with staff. A supervisor will contact you about each step.
          </Text>
          <ApplicationDetails application={application} />
        </Stack>
      </Section>
      {PREFERENCE_STATUSES.includes(application.status) ? (
        <Section id="preferences-heading" title="Mentoring preferences">
          <PreferencesForm application={application} />
        </Section>
      ) : null}
      {closed ? (
        <>
          <Title order={2} size="h3">
            Apply again
          </Title>
          <ApplicationForm />
        </>
      ) : null}
    </>
  );
}

export function MentorApplicationPage() {
  const query = useMyApplication();
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title="Become a peer mentor"
        docTitle="Mentor application"
        description="Peer mentors support others from their own lived experience. This is peer support, not therapy or crisis care."
      />
      <Text size="sm">
        Mentors also fill in the{" "}
        <Anchor component={Link} to="/profile">
          matching profile
        </Anchor>
        , so we can suggest mentees who fit.
      </Text>
      <QueryState query={query} label="Loading your application">
        {({ application }) => (application ? <Existing application={application} /> : <ApplicationForm />)}
      </QueryState>
    </Stack>
  );
}
