import { type ExpressionBuilder, sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { Database } from "../../db/schema.js";

export interface MenteeInputRow {
  user_id: string;
  fields: Record<string, unknown>;
  visibility: Record<string, string>;
  cleared: boolean | number;
}

export interface MentorInputRow {
  user_id: string;
  fields: Record<string, unknown>;
  visibility: Record<string, string>;
  status: string;
  mentor_types: string[];
  specialisations: string[];
  capacity: number;
  pause_new_matches: boolean;
  active_mentees: number;
}

type Eb = ExpressionBuilder<Database, "users">;

/** Relationships that fill a mentor's capacity (relationships module states). */
const LIVE_STATUSES = ["active", "paused"];
/** A mentee with one of these is not waiting: live, or closed and not yet asking for a new mentor. */
const MENTEE_HELD_STATUSES = ["active", "paused", "closed"];
/** Ended early: the pair is not proposed again unless staff allow it. */
export const ENDED_STATUSES = ["closed", "rematched"];

/** Safety-cleared: a submitted screening and no matching hold in force. */
const clearedExpression = (eb: Eb) =>
  eb.and([
    eb.exists(
      eb
        .selectFrom("screenings as s")
        .select("s.id")
        .whereRef("s.user_id", "=", "users.id")
        .where("s.status", "=", "complete"),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom("matching_holds as h")
          .select("h.id")
          .whereRef("h.user_id", "=", "users.id")
          .where("h.cleared_at", "is", null),
      ),
    ),
  ]);

/**
 * Members waiting for a mentor: they seek support, their profile is complete, they are not leaving,
 * and they have neither a live relationship as mentee, a closed one whose rematch offer they have
 * not taken up, nor an open proposal.
 */
function waitingMentees(db: Db) {
  return db
    .selectFrom("users")
    .innerJoin("matching_profiles as p", "p.user_id", "users.id")
    .innerJoin("onboarding_states as o", "o.user_id", "users.id")
    .where("p.complete", "=", true)
    .where("o.seek_support", "=", true)
    .where("users.deletion_requested_at", "is", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("relationships as r")
            .select("r.id")
            .whereRef("r.mentee_id", "=", "users.id")
            .where("r.status", "in", MENTEE_HELD_STATUSES),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("match_proposals as mp")
            .select("mp.id")
            .whereRef("mp.mentee_id", "=", "users.id")
            .where("mp.status", "in", ["in_review", "offered"]),
        ),
      ),
    )
    .select(["users.id as user_id", "p.fields", "p.visibility", (eb) => clearedExpression(eb).as("cleared")]);
}

export async function findWaitingMentees(db: Db): Promise<MenteeInputRow[]> {
  return waitingMentees(db).orderBy("users.id").execute();
}

export async function findWaitingMentee(db: Db, userId: string): Promise<MenteeInputRow | undefined> {
  return waitingMentees(db).where("users.id", "=", userId).executeTakeFirst();
}

/** A member's matching inputs as a mentee whatever their state (reviewer overrides check them afresh). */
export async function findMenteeInput(db: Db, userId: string): Promise<MenteeInputRow | undefined> {
  return db
    .selectFrom("users")
    .innerJoin("matching_profiles as p", "p.user_id", "users.id")
    .where("users.id", "=", userId)
    .select(["users.id as user_id", "p.fields", "p.visibility", (eb) => clearedExpression(eb).as("cleared")])
    .executeTakeFirst();
}

/** Mentors with a complete profile and an open application; live relationships and pending offers fill capacity. */
function mentorInputs(db: Db) {
  return db
    .selectFrom("mentor_applications as a")
    .innerJoin("users", "users.id", "a.user_id")
    .innerJoin("matching_profiles as p", "p.user_id", "a.user_id")
    .where("p.complete", "=", true)
    .where("users.deletion_requested_at", "is", null)
    .where("a.status", "not in", ["rejected", "retired"])
    .select([
      "a.user_id",
      "p.fields",
      "p.visibility",
      "a.status",
      "a.mentor_types",
      "a.specialisations",
      "a.capacity",
      "a.pause_new_matches",
      (eb) =>
        sql<number>`(${eb
          .selectFrom("relationships as r")
          .select(eb.fn.countAll().as("n"))
          .whereRef("r.mentor_id", "=", "a.user_id")
          .where("r.status", "in", LIVE_STATUSES)}) + (${eb
          .selectFrom("match_offers as o")
          .select(eb.fn.countAll().as("n"))
          .whereRef("o.mentor_id", "=", "a.user_id")
          .where("o.status", "=", "pending")})`.as("active_mentees"),
    ]);
}

export async function findAvailableMentors(db: Db): Promise<MentorInputRow[]> {
  const rows = await mentorInputs(db).where("a.status", "=", "active").orderBy("a.user_id").execute();
  return rows.map((r) => ({ ...r, active_mentees: Number(r.active_mentees) }));
}

export async function findMentorInput(db: Db, userId: string): Promise<MentorInputRow | undefined> {
  const row = await mentorInputs(db).where("a.user_id", "=", userId).executeTakeFirst();
  return row && { ...row, active_mentees: Number(row.active_mentees) };
}

export interface PairRows {
  blocks: { blocker_id: string; blocked_id: string }[];
  ended: { mentee_id: string; mentor_id: string }[];
  allowed: { mentee_id: string; mentor_id: string }[];
  /** Pairs already tried and turned down (rejected, declined or lapsed), not proposed again. */
  passedOver: { mentee_id: string; mentor_id: string }[];
}

/** The pair rules; with `menteeId`, only the pairs that involve that member. */
export async function findPairRows(db: Db, menteeId?: string): Promise<PairRows> {
  let blocks = db.selectFrom("member_blocks").select(["blocker_id", "blocked_id"]);
  let ended = db.selectFrom("relationships").select(["mentee_id", "mentor_id"]).where("status", "in", ENDED_STATUSES);
  let allowed = db.selectFrom("rematch_allowances").select(["mentee_id", "mentor_id"]);
  let passedOver = db
    .selectFrom("match_options as mo")
    .innerJoin("match_proposals as mp", "mp.id", "mo.proposal_id")
    .select(["mp.mentee_id", "mo.mentor_id"])
    .where("mo.status", "in", ["rejected", "declined", "expired"]);
  if (menteeId) {
    blocks = blocks.where((eb) => eb.or([eb("blocker_id", "=", menteeId), eb("blocked_id", "=", menteeId)]));
    ended = ended.where("mentee_id", "=", menteeId);
    allowed = allowed.where("mentee_id", "=", menteeId);
    passedOver = passedOver.where("mp.mentee_id", "=", menteeId);
  }
  return {
    blocks: await blocks.execute(),
    ended: await ended.execute(),
    allowed: await allowed.execute(),
    passedOver: await passedOver.execute(),
  };
}

/**
 * Holds the mentor's application row until the transaction ends, so two reviewers filling the same
 * mentor's last place at once are counted one after the other, never both against the old count.
 */
export async function lockMentorPlaces(db: Db, mentorId: string): Promise<void> {
  await db.selectFrom("mentor_applications").select("id").where("user_id", "=", mentorId).forUpdate().execute();
}
