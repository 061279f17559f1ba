import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useMe } from "../../features/auth/session.js";
import { ApplicationDetails } from "../../features/staff-applications/ApplicationDetails.js";
import { ApplicationHistory } from "../../features/staff-applications/ApplicationHistory.js";
import { useApplication } from "../../features/staff-applications/queries.js";
import { TransitionForm } from "../../features/staff-applications/TransitionForm.js";

export function ApplicationPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const query = useApplication(id);
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/staff/applications" size="sm">
        ← All applications
      </Anchor>
      <QueryState query={query} label="Loading application">
        {(application) => (
          <>
            <PageHeader
              title={`Mentor application: ${application.applicantName}`}
              docTitle={`${application.applicantName} (mentor application)`}
              description="Viewing this page is recorded in the audit log."
            />
            <ApplicationDetails application={application} />
            <Card withBorder padding="lg" component="section" aria-labelledby="decision-heading">
              <Title order={2} size="h3" id="decision-heading" mb="md">
                Decision
              </Title>
              {application.applicantId === me.id ? (
                <Text>This is your own application. Another supervisor has to decide it.</Text>
              ) : (
                <TransitionForm application={application} />
              )}
            </Card>
            <ApplicationHistory history={application.history} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
