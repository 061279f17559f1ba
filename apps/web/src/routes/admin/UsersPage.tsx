import { RoleSchema } from "@mentalverse/shared";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { PAGE_SIZE, useAdminUsers } from "../../features/admin/queries.js";
import { UserFilters } from "../../features/admin/UserFilters.js";
import { UserTable } from "../../features/admin/UserTable.js";
import { useUrlFilters } from "./search-params.js";

export function UsersPage() {
  const { values, offset, update } = useUrlFilters(["q", "role"] as const);
  const role = RoleSchema.safeParse(values.role).data;
  const query = useAdminUsers({ q: values.q || undefined, role, offset });
  return (
    <>
      <PageHeader title="Users" description="Find a member, see their account and manage their roles." />
      <UserFilters q={values.q} role={role} onChange={(next) => update({ q: next.q, role: next.role })} />
      <QueryState query={query} label="Loading members">
        {(data) => (
          <>
            <UserTable users={data.users} />
            <PageControls
              offset={offset}
              limit={PAGE_SIZE}
              total={data.total}
              noun="members"
              onOffsetChange={(o) => update({ offset: o })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
