import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipsTable } from "../../db/schema.js";
import { ENDED_STATUSES } from "./inputs-repository.js";

export type RelationshipRow = Selectable<RelationshipsTable>;

export async function insertRelationship(
  db: Db,
  values: { menteeId: string; mentorId: string; matchId: string; phase: string; now: Date },
): Promise<RelationshipRow> {
  return db
    .insertInto("relationships")
    .values({
      mentee_id: values.menteeId,
      mentor_id: values.mentorId,
      match_id: values.matchId,
      status: "active",
      phase: values.phase,
      started_at: values.now,
      phase_started_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRelationship(db: Db, id: string): Promise<RelationshipRow | undefined> {
  return db.selectFrom("relationships").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listRelationshipsOf(
  db: Db,
  userId: string,
): Promise<(RelationshipRow & { mentee_name: string; mentor_name: string })[]> {
  return db
    .selectFrom("relationships as r")
    .innerJoin("users as e", "e.id", "r.mentee_id")
    .innerJoin("users as m", "m.id", "r.mentor_id")
    .selectAll("r")
    .select(["e.display_name as mentee_name", "m.display_name as mentor_name"])
    .where((eb) => eb.or([eb("r.mentee_id", "=", userId), eb("r.mentor_id", "=", userId)]))
    .orderBy("r.started_at", "desc")
    .orderBy("r.id")
    .execute();
}

/** The reasons the pair was matched, from the option their offer came from. */
export async function findMatchReasons(db: Db, matchId: string): Promise<unknown> {
  const row = await db
    .selectFrom("match_offers as o")
    .innerJoin("match_options as mo", "mo.id", "o.option_id")
    .select("mo.breakdown")
    .where("o.id", "=", matchId)
    .executeTakeFirst();
  return row?.breakdown.reasons;
}

export async function hasEndedRelationship(db: Db, menteeId: string, mentorId: string): Promise<boolean> {
  const row = await db
    .selectFrom("relationships")
    .select("id")
    .where("mentee_id", "=", menteeId)
    .where("mentor_id", "=", mentorId)
    .where("status", "in", ENDED_STATUSES)
    .executeTakeFirst();
  return row !== undefined;
}

export async function upsertRematchAllowance(
  db: Db,
  values: { menteeId: string; mentorId: string; allowedBy: string; reason: string; now: Date },
) {
  const changes = { allowed_by: values.allowedBy, reason: values.reason, created_at: values.now };
  return db
    .insertInto("rematch_allowances")
    .values({ mentee_id: values.menteeId, mentor_id: values.mentorId, ...changes })
    .onConflict((oc) => oc.columns(["mentee_id", "mentor_id"]).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}
