import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import { conflict } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { getRelationship } from "./get-relationship.js";
import { type Notice, sendNotices } from "./notices.js";
import { loadAsParty } from "./party.js";
import type { RelationshipRecord } from "./relationships-repository.js";
import type { Party } from "./transitions.js";

/**
 * Runs one of the pair's actions in a transaction on the locked relationship, sends its notices
 * after commit, and answers with the relationship as the caller now sees it.
 */
export async function partyAction(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  action: (trx: Tx, rel: RelationshipRecord, party: Party) => Promise<Notice[]>,
): Promise<RelationshipDetail> {
  const notices = await ctx.database.transaction(async (trx) => {
    const { rel, party } = await loadAsParty(trx, id, actor.userId, { lock: true });
    return action(trx, rel, party);
  });
  await sendNotices(ctx, notices);
  return getRelationship(ctx.db, actor.userId, id, ctx.clock.now());
}

/** Most of the pair's actions need a live relationship. */
export function requireActive(rel: RelationshipRecord, what: string): void {
  if (rel.status !== "active") {
    throw conflict(`${what} needs an active relationship; this one is ${rel.status}`, [
      { field: "status", reason: `The relationship is ${rel.status}` },
    ]);
  }
}

export const nameOf = (rel: RelationshipRecord, party: Party) =>
  party === "mentee" ? rel.mentee_name : rel.mentor_name;
export const otherId = (rel: RelationshipRecord, party: Party) => (party === "mentee" ? rel.mentor_id : rel.mentee_id);
