import { Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useMe } from "../../features/auth/session.js";
import { REPORT_KIND_LABELS } from "../../features/messaging-safety/labels.js";
import { ReportOverview } from "../../features/messaging-safety/ReportOverview.js";
import { ReportWorkPanel } from "../../features/messaging-safety/ReportWorkPanel.js";
import { useSafetyReport } from "../../features/messaging-safety/staff-queries.js";
import { VerifiedMessages } from "../../features/messaging-safety/VerifiedMessages.js";

export function SafetyReportPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const query = useSafetyReport(id);
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/staff/safety/reports" size="sm">
        ← All reports and alerts
      </Anchor>
      <QueryState query={query} label="Loading the report">
        {(report) => {
          const reporter = report.reporterName ?? "Unknown member";
          return (
            <>
              <PageHeader
                title={`${REPORT_KIND_LABELS[report.kind]} from ${reporter}`}
                description="Only the messages the member chose to share are here, each checked against what was sent."
              />
              <ReportOverview report={report} myId={me.id} />
              <VerifiedMessages report={report} />
              <ReportWorkPanel report={report} myId={me.id} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
