import type { Role } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import { countUsersWithRole, findRoles, findUserById, replaceRoles } from "../users/user-repository.js";
import { lockAdminRoleChanges } from "./admin-repository.js";
import { presentAdminUserDetail } from "./presenter.js";
import { roleChangeNotice } from "./role-change-notice.js";
import type { StaffActor } from "./staff-actor.js";

export interface SetRolesInput {
  userId: string;
  roles: Role[];
  reason: string;
}

/**
 * Replaces a member's roles, audited with the reason, and tells the member. The platform must
 * always keep an administrator, and an administrator cannot demote themselves by accident.
 */
export async function setRoles(ctx: AppContext, actor: StaffActor, input: SetRolesInput) {
  const roles = [...new Set(input.roles)];
  const result = await ctx.database.transaction(async (trx) => {
    await lockAdminRoleChanges(trx);
    const user = await findUserById(trx, input.userId);
    if (!user) throw notFound("Member");
    const current = await findRoles(trx, input.userId);
    if (current.includes("admin") && !roles.includes("admin")) {
      if ((await countUsersWithRole(trx, "admin")) <= 1) {
        throw conflict("This is the last administrator; make someone else an administrator first", [
          { field: "roles", reason: "The platform must keep at least one administrator" },
        ]);
      }
      if (input.userId === actor.userId) {
        throw conflict("You cannot remove your own administrator role; ask another administrator", [
          { field: "roles", reason: "Administrators cannot remove their own administrator role" },
        ]);
      }
    }
    const change = await replaceRoles(trx, input.userId, roles, actor.userId, ctx.clock.now());
    if (change.added.length > 0 || change.removed.length > 0) {
      await ctx.audit.record(
        {
          action: "role.changed",
          actorId: actor.userId,
          subjectId: input.userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { added: change.added, removed: change.removed, reason: input.reason },
        },
        trx,
      );
    }
    return { user, change, roles: await findRoles(trx, input.userId) };
  });
  const { added, removed } = result.change;
  // After commit, so a member is never told about a change that was rolled back; a failed notice
  // is logged rather than reported, since the change itself already stands.
  if (added.length > 0 || removed.length > 0) {
    await ctx.notifier
      .notify(input.userId, roleChangeNotice(added, removed))
      .catch((error: unknown) =>
        ctx.log.error({ err: error, userId: input.userId }, "role change notification failed"),
      );
  }
  return presentAdminUserDetail(result.user, result.roles);
}
