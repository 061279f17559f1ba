import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { findRoles, findUserById } from "../users/user-repository.js";
import { presentAdminUserDetail } from "./presenter.js";
import type { StaffActor } from "./staff-actor.js";

/** A member's account as staff see it; looking is itself recorded, since it shows private data. */
export async function getUser(ctx: AppContext, actor: StaffActor, userId: string) {
  return ctx.database.transaction(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw notFound("Member");
    const roles = await findRoles(trx, userId);
    await ctx.audit.record(
      {
        action: "staff.viewed_member",
        actorId: actor.userId,
        subjectId: userId,
        ip: actor.ip,
        requestId: actor.requestId,
      },
      trx,
    );
    return presentAdminUserDetail(user, roles);
  });
}
