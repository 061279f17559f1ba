import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MatchOffersTable } from "../../db/schema.js";

export type OfferRow = Selectable<MatchOffersTable>;
export type OfferWithRelationship = OfferRow & { relationship_id: string | null };

export async function insertOffer(db: Db, offer: Insertable<MatchOffersTable>): Promise<OfferRow> {
  return db.insertInto("match_offers").values(offer).returningAll().executeTakeFirstOrThrow();
}

export async function lockOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  return db.selectFrom("match_offers").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateOffer(db: Db, id: string, changes: Updateable<MatchOffersTable>): Promise<OfferRow> {
  return db.updateTable("match_offers").set(changes).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function findPendingOfferOfProposal(db: Db, proposalId: string): Promise<OfferRow | undefined> {
  return db
    .selectFrom("match_offers")
    .selectAll()
    .where("proposal_id", "=", proposalId)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

/** A member's offers on either side, pending first, then newest. */
export async function listOffersOf(db: Db, userId: string, limit: number): Promise<OfferWithRelationship[]> {
  return db
    .selectFrom("match_offers as o")
    .leftJoin("relationships as r", "r.match_id", "o.id")
    .selectAll("o")
    .select("r.id as relationship_id")
    .where((eb) => eb.or([eb("o.mentee_id", "=", userId), eb("o.mentor_id", "=", userId)]))
    .orderBy((eb) => eb.case().when("o.status", "=", "pending").then(0).else(1).end())
    .orderBy("o.created_at", "desc")
    .orderBy("o.id")
    .limit(limit)
    .execute();
}

export async function findDueOfferIds(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom("match_offers")
    .select("id")
    .where("status", "=", "pending")
    .where("expires_at", "<=", now)
    .orderBy("expires_at")
    .execute();
  return rows.map((r) => r.id);
}

/** Pending offers the mentor has not answered since `before`, and was not yet reminded of. */
export async function claimMentorReminders(db: Db, before: Date, now: Date): Promise<OfferRow[]> {
  return db
    .updateTable("match_offers")
    .set({ mentor_reminded_at: now })
    .where("status", "=", "pending")
    .where("mentor_accepted_at", "is", null)
    .where("mentor_reminded_at", "is", null)
    .where("created_at", "<=", before)
    .returningAll()
    .execute();
}

/**
 * Offers the mentor let lapse since they last answered one or were last paused for lapses: the
 * count that pauses them. An answer, either way, shows they are there.
 */
export async function countRecentLapses(db: Db, mentorId: string): Promise<number> {
  const pause = await db
    .selectFrom("mentor_lapse_pauses")
    .select((eb) => eb.fn.max("paused_at").as("at"))
    .where("mentor_id", "=", mentorId)
    .executeTakeFirst();
  const answer = await db
    .selectFrom("match_offers")
    .select((eb) => eb.fn.max(eb.fn.coalesce("mentor_accepted_at", "resolved_at")).as("at"))
    .where("mentor_id", "=", mentorId)
    .where((eb) => eb.or([eb("mentor_accepted_at", "is not", null), eb("declined_by", "=", "mentor")]))
    .executeTakeFirst();
  const since = [pause?.at, answer?.at]
    .filter((d): d is Date => d instanceof Date || typeof d === "string")
    .map((d) => new Date(d).getTime());
  let query = db
    .selectFrom("match_offers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("mentor_id", "=", mentorId)
    .where("mentor_lapsed", "=", true);
  if (since.length > 0) query = query.where("expires_at", ">", new Date(Math.max(...since)));
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function insertLapsePause(db: Db, mentorId: string, lapses: number, now: Date): Promise<void> {
  await db.insertInto("mentor_lapse_pauses").values({ mentor_id: mentorId, lapses, paused_at: now }).execute();
}

export async function findPendingOffersBetween(db: Db, a: string, b: string): Promise<OfferRow[]> {
  return db
    .selectFrom("match_offers")
    .selectAll()
    .where("status", "=", "pending")
    .where((eb) =>
      eb.or([
        eb.and([eb("mentee_id", "=", a), eb("mentor_id", "=", b)]),
        eb.and([eb("mentee_id", "=", b), eb("mentor_id", "=", a)]),
      ]),
    )
    .execute();
}
