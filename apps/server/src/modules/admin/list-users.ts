import type { AdminUserSummary } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { findRolesOfUsers, searchUsers, type UserSearch } from "./admin-repository.js";
import { presentAdminUser } from "./presenter.js";

/** One page of accounts matching an email or display-name fragment and an optional role. */
export async function listUsers(
  ctx: AppContext,
  search: UserSearch,
): Promise<{ users: AdminUserSummary[]; total: number }> {
  const { rows, total } = await searchUsers(ctx.db, search);
  const roles = await findRolesOfUsers(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { users: rows.map((row) => presentAdminUser(row, roles.get(row.id) ?? [])), total };
}
