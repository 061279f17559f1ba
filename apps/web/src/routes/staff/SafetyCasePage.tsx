import { Anchor, Card, Stack, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useMe } from "../../features/auth/session.js";
import { AssignToMe } from "../../features/safety-cases/AssignToMe.js";
import { CaseOverview } from "../../features/safety-cases/CaseOverview.js";
import { ClearHoldForm } from "../../features/safety-cases/ClearHoldForm.js";
import { useSafetyCase } from "../../features/safety-cases/queries.js";
import { ResolveCaseForm } from "../../features/safety-cases/ResolveCaseForm.js";
import { ResolvedNote } from "../../features/safety-cases/ResolvedNote.js";
import { ScreeningAnswers } from "../../features/safety-cases/ScreeningAnswers.js";
import { UrgentNote } from "../../features/safety-cases/UrgentNote.js";

export function SafetyCasePage() {
  const { id = "" } = useParams();
  const me = useMe();
  const query = useSafetyCase(id);
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/staff/safety" size="sm">
        ← All safety cases
      </Anchor>
      <QueryState query={query} label="Loading safety case">
        {(safetyCase) => {
          const member = safetyCase.memberName ?? "Unknown member";
          return (
            <>
              <PageHeader
                title={`Safety case: ${member}`}
                docTitle={`${member} (safety case)`}
                description="Viewing this case is recorded in the audit log."
              />
              <UrgentNote safetyCase={safetyCase} />
              <CaseOverview safetyCase={safetyCase} />
              <ScreeningAnswers screening={safetyCase.screening} />
              <Card withBorder padding="lg" component="section" aria-labelledby="resolve-heading">
                <Title order={2} size="h3" id="resolve-heading" mb="md">
                  {safetyCase.status === "resolved" ? "Resolution" : "Work on this case"}
                </Title>
                {safetyCase.status === "resolved" ? (
                  <Stack gap="lg">
                    <ResolvedNote safetyCase={safetyCase} />
                    {safetyCase.matchingHold.active ? <ClearHoldForm safetyCase={safetyCase} /> : null}
                  </Stack>
                ) : (
                  <Stack gap="lg">
                    <AssignToMe safetyCase={safetyCase} myId={me.id} />
                    <ResolveCaseForm safetyCase={safetyCase} />
                  </Stack>
                )}
              </Card>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
