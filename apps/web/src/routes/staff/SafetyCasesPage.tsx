import { SafetyCaseStatusSchema } from "@mentalverse/shared";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { CASE_STATUS_LABELS, CASE_STATUSES } from "../../features/safety-cases/labels.js";
import { PAGE_SIZE, useSafetyCases } from "../../features/safety-cases/queries.js";
import { SafetyCaseTable } from "../../features/safety-cases/SafetyCaseTable.js";
import { useUrlFilters } from "../admin/search-params.js";
import { StatusFilter } from "./StatusFilter.js";

/** Open cases first: nobody has picked them up yet. */
const DEFAULT_STATUS = "open";

export function SafetyCasesPage() {
  const { values, offset, update } = useUrlFilters(["status"] as const);
  const status = SafetyCaseStatusSchema.safeParse(values.status || DEFAULT_STATUS).data;
  const query = useSafetyCases({ status, offset });
  return (
    <>
      <PageHeader
        title="Safety cases"
        description="Cases opened by members' safety screenings. Opening a case shows their answers and is recorded in the audit log."
      />
      <StatusFilter
        statuses={CASE_STATUSES}
        labels={CASE_STATUS_LABELS}
        value={status ?? "all"}
        description="Highest risk first, then oldest"
        onChange={(next) => update({ status: next === DEFAULT_STATUS ? undefined : next })}
      />
      <QueryState query={query} label="Loading safety cases">
        {(data) => (
          <>
            <SafetyCaseTable cases={data.cases} />
            <PageControls
              offset={offset}
              limit={PAGE_SIZE}
              total={data.total}
              noun="cases"
              onOffsetChange={(o) => update({ offset: o })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
