import type { Tx } from "../../db/database.js";
import { insertEvent } from "./relationships-repository.js";

/** The first line of a relationship's history, written by matching when both accepted. */
export async function recordStart(
  trx: Tx,
  relationship: { id: string; status: string; phase: string },
  actorId: string,
  actor: "mentee" | "mentor",
  at: Date,
): Promise<void> {
  await insertEvent(trx, {
    relationship_id: relationship.id,
    at,
    actor_id: actorId,
    actor,
    action: "start",
    to_status: relationship.status,
    to_phase: relationship.phase,
  });
}
