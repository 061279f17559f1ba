import { MENTOR_APPLICATION_STATUSES, MentorApplicationStatusSchema } from "@mentalverse/shared";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { ApplicationQueueTable } from "../../features/staff-applications/ApplicationQueueTable.js";
import { STATUS_LABELS } from "../../features/staff-applications/labels.js";
import { PAGE_SIZE, useApplicationQueue } from "../../features/staff-applications/queries.js";
import { useUrlFilters } from "../admin/search-params.js";
import { StatusFilter } from "./StatusFilter.js";

/** New applications first: that is where a supervisor's decision is waited for. */
const DEFAULT_STATUS = "applied";

export function ApplicationsPage() {
  const { values, offset, update } = useUrlFilters(["status"] as const);
  const chosen = values.status || DEFAULT_STATUS;
  const status = MentorApplicationStatusSchema.safeParse(chosen).data;
  const query = useApplicationQueue({ status, offset });
  return (
    <>
      <PageHeader
        title="Mentor applications"
        description="Take applicants through interview, background verification and training to active mentoring."
      />
      <StatusFilter
        statuses={MENTOR_APPLICATION_STATUSES}
        labels={STATUS_LABELS}
        value={status ?? "all"}
        description="Longest waiting in their status first"
        onChange={(next) => update({ status: next === DEFAULT_STATUS ? undefined : next })}
      />
      <QueryState query={query} label="Loading applications">
        {(data) => (
          <>
            <ApplicationQueueTable applications={data.applications} />
            <PageControls
              offset={offset}
              limit={PAGE_SIZE}
              total={data.total}
              noun="applications"
              onOffsetChange={(o) => update({ offset: o })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
