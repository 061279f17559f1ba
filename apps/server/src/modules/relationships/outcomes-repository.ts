import type { Db } from "../../db/database.js";

/** Every relationship that came from a match, with the pair's scores at match time. */
export async function listMatchedRelationships(db: Db) {
  return db
    .selectFrom("relationships as r")
    .innerJoin("match_offers as o", "o.id", "r.match_id")
    .innerJoin("match_options as mo", "mo.id", "o.option_id")
    .select(["r.id", "r.status", "r.started_at", "r.ended_at", "mo.breakdown"])
    .orderBy("r.started_at")
    .orderBy("r.id")
    .execute();
}
