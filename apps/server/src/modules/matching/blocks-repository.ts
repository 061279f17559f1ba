import type { Db } from "../../db/database.js";

export async function insertBlock(db: Db, blockerId: string, blockedId: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto("member_blocks")
    .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: now })
    .onConflict((oc) => oc.columns(["blocker_id", "blocked_id"]).doNothing())
    .returning("blocker_id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteBlock(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const rows = await db
    .deleteFrom("member_blocks")
    .where("blocker_id", "=", blockerId)
    .where("blocked_id", "=", blockedId)
    .returning("blocker_id")
    .execute();
  return rows.length > 0;
}

export async function listBlocksBy(db: Db, blockerId: string) {
  return db
    .selectFrom("member_blocks as b")
    .innerJoin("users as u", "u.id", "b.blocked_id")
    .select(["b.blocked_id", "u.display_name", "b.created_at"])
    .where("b.blocker_id", "=", blockerId)
    .orderBy("b.created_at", "desc")
    .execute();
}

/**
 * Whether the two members met through matching: an offer or a relationship between them either
 * way, or the other was one of this mentee's options.
 */
export async function metThroughMatching(db: Db, userId: string, otherId: string): Promise<boolean> {
  for (const table of ["match_offers", "relationships"] as const) {
    const row = await db
      .selectFrom(table)
      .select("id")
      .where((eb) =>
        eb.or([
          eb.and([eb("mentee_id", "=", userId), eb("mentor_id", "=", otherId)]),
          eb.and([eb("mentee_id", "=", otherId), eb("mentor_id", "=", userId)]),
        ]),
      )
      .executeTakeFirst();
    if (row) return true;
  }
  const option = await db
    .selectFrom("match_options as o")
    .innerJoin("match_proposals as p", "p.id", "o.proposal_id")
    .select("o.id")
    .where("p.mentee_id", "=", userId)
    .where("o.mentor_id", "=", otherId)
    .executeTakeFirst();
  return option !== undefined;
}
