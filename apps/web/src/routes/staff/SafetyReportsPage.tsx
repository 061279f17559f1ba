import { Anchor, Text } from "@mantine/core";
import { SafetyReportStatusSchema } from "@mentalverse/shared";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { REPORT_STATUS_LABELS, REPORT_STATUSES } from "../../features/messaging-safety/labels.js";
import { ReportsTable } from "../../features/messaging-safety/ReportsTable.js";
import { useSafetyReports } from "../../features/messaging-safety/staff-queries.js";
import { useUrlFilters } from "../admin/search-params.js";
import { StatusFilter } from "./StatusFilter.js";

/** Open ones first: nobody has picked them up yet. */
const DEFAULT_STATUS = "open";

export function SafetyReportsPage() {
  const { values, update } = useUrlFilters(["status"] as const);
  const chosen = values.status || DEFAULT_STATUS;
  const status = SafetyReportStatusSchema.safeParse(chosen).data;
  const query = useSafetyReports(status);
  return (
    <>
      <PageHeader
        title="Reports and alerts"
        description={
          <>
            Messages members reported, their own crisis alerts and mentors' "I'm worried" alerts. Screening cases are
            under{" "}
            <Anchor component={Link} to="/staff/safety">
              Safety cases
            </Anchor>
            .
          </>
        }
      />
      <StatusFilter
        statuses={REPORT_STATUSES}
        labels={REPORT_STATUS_LABELS}
        value={status ?? "all"}
        onChange={(next) => update({ status: next === DEFAULT_STATUS ? undefined : next })}
      />
      <QueryState query={query} label="Loading reports">
        {(data) => (
          <>
            <ReportsTable reports={data.reports} />
            {data.reports.length > 0 ? (
              <Text size="sm" c="dimmed" mt="sm">
                {data.reports.length === 1 ? "1 report" : `${data.reports.length} reports`}
              </Text>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
