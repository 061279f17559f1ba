import type { AccountExport } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listCheckInsOf } from "../relationship-activity/list-check-ins.js";
import { listGoalsOf } from "../relationship-activity/list-goals.js";
import { listSessionsOf } from "../relationship-activity/list-sessions.js";
import { getRelationship } from "../relationships/get-relationship.js";
import { listRelationships } from "../relationships/list-relationships.js";

/**
 * Every relationship of the member through the same services their pages use, so the export holds
 * exactly what they can see: never the other person's private notes or assessment answers.
 */
export async function exportRelationships(ctx: AppContext, userId: string): Promise<AccountExport["relationships"]> {
  const now = ctx.clock.now();
  const { relationships } = await listRelationships(ctx.db, userId, now);
  const out: AccountExport["relationships"] = [];
  for (const { id } of relationships) {
    out.push({
      relationship: await getRelationship(ctx.db, userId, id, now),
      goals: (await listGoalsOf(ctx.db, userId, id)).goals,
      sessions: (await listSessionsOf(ctx.db, now, userId, id)).sessions,
      checkIns: (await listCheckInsOf(ctx.db, [], now, userId, id)).checkIns,
    });
  }
  return out;
}
