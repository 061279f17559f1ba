import type { AppContext } from "../../context.js";
import type { RequestActor } from "../relationships/actor.js";
import { isGroupStaff } from "./group-access.js";
import { findCandidates } from "./groups-repository.js";

const PICKER_LIMIT = 50;

/** Who the caller may add to a group, for the picker: the same rule create and add enforce. */
export async function listEligibleMembers(ctx: AppContext, actor: RequestActor, q: string | undefined) {
  const scope = isGroupStaff(actor) ? "anyone" : "mentor";
  const rows = await findCandidates(ctx.db, actor.userId, { scope, q, limit: PICKER_LIMIT });
  return {
    members: rows.map((r) => ({
      userId: r.id,
      displayName: r.display_name,
      relation: r.is_mentee_of_caller ? "your mentee" : r.is_mentor ? "mentor" : "member",
    })),
  };
}
