import type { RelationshipState, TransitionActor } from "@mentalverse/shared";
import type { Updateable } from "kysely";
import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import type { RelationshipsTable } from "../../db/schema.js";
import { insertEvent, type RelationshipRecord, updateRelationship } from "./relationships-repository.js";

export interface EventInput {
  action: string;
  actor: TransitionActor;
  actorId: string | null;
  ip?: string | null;
  requestId?: string | null;
  toStatus?: RelationshipState;
  toPhase?: string;
  reason?: string | null;
  changes?: Updateable<RelationshipsTable>;
}

/**
 * Writes one step of a relationship's history: the row's new state, a timestamped event and an
 * audit entry, all in the caller's transaction. Reasons are vocabulary ids, never free text.
 */
export async function recordEvent(ctx: AppContext, trx: Tx, rel: RelationshipRecord, input: EventInput): Promise<void> {
  const now = ctx.clock.now();
  const changes: Updateable<RelationshipsTable> = { ...input.changes };
  if (input.toStatus) changes.status = input.toStatus;
  if (input.toPhase) changes.phase = input.toPhase;
  if (Object.keys(changes).length > 0) await updateRelationship(trx, rel.id, changes);
  await insertEvent(trx, {
    relationship_id: rel.id,
    at: now,
    actor_id: input.actorId,
    actor: input.actor,
    action: input.action,
    from_status: input.toStatus ? rel.status : null,
    to_status: input.toStatus ?? null,
    from_phase: input.toPhase ? rel.phase : null,
    to_phase: input.toPhase ?? null,
    reason: input.reason ?? null,
  });
  await ctx.audit.record(
    {
      action: `relationships.${input.action}`,
      actorId: input.actorId,
      subjectId: rel.mentee_id,
      ip: input.ip ?? null,
      requestId: input.requestId ?? null,
      details: {
        relationshipId: rel.id,
        actor: input.actor,
        ...(input.toStatus ? { from: rel.status, to: input.toStatus } : {}),
        ...(input.toPhase ? { fromPhase: rel.phase, toPhase: input.toPhase } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
    },
    trx,
  );
}
