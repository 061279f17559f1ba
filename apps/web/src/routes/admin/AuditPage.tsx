import { useMemo } from "react";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { AuditFilters } from "../../features/admin/AuditFilters.js";
import { AuditTable } from "../../features/admin/AuditTable.js";
import { PAGE_SIZE, useAuditEvents } from "../../features/admin/queries.js";
import { useUrlFilters } from "./search-params.js";

export function AuditPage() {
  const { values, offset, update } = useUrlFilters(["action", "actorId", "subjectId"] as const);
  const { action, actorId, subjectId } = values;
  const filters = useMemo(() => ({ action, actorId, subjectId }), [action, actorId, subjectId]);
  const query = useAuditEvents({
    action: action || undefined,
    actorId: actorId || undefined,
    subjectId: subjectId || undefined,
    offset,
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what, and when: sign-ins, role changes and staff access to member data."
      />
      <AuditFilters value={filters} onApply={(next) => update(next)} />
      <QueryState query={query} label="Loading audit events">
        {(data) => (
          <>
            <AuditTable events={data.events} />
            <PageControls
              offset={offset}
              limit={PAGE_SIZE}
              total={data.total}
              noun="events"
              onOffsetChange={(o) => update({ offset: o })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
