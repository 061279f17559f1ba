import type { Db } from "../../db/database.js";

/** What counts as contact: meeting, writing to each other, working on a goal together. */
export type ContactKind =
  | "goal_created"
  | "goal_changed"
  | "milestone_added"
  | "milestone_done"
  | "progress_update"
  | "session_proposed"
  | "session_confirmed"
  | "session_attended"
  | "summary_written"
  | "check_in";

export async function insertContactEvent(
  db: Db,
  event: { relationshipId: string; actorId: string; kind: ContactKind; at: Date },
): Promise<void> {
  await db
    .insertInto("relationship_contact_events")
    .values({
      relationship_id: event.relationshipId,
      actor_id: event.actorId,
      kind: event.kind,
      occurred_at: event.at,
    })
    .execute();
}

/**
 * The latest contact per relationship, up to `asOf` (an attended session counts at its start time):
 * this module's contact events, and the relationships module's events a member of the pair caused
 * (agreement, checklist, phase and graduation steps), but not what the system or staff did.
 */
export async function findLastContacts(
  db: Db,
  relationshipIds: readonly string[],
  asOf?: Date,
): Promise<Map<string, Date>> {
  if (relationshipIds.length === 0) return new Map();
  const ids = [...relationshipIds];
  let activity = db
    .selectFrom("relationship_contact_events")
    .select(["relationship_id", (eb) => eb.fn.max("occurred_at").as("last")])
    .where("relationship_id", "in", ids)
    .groupBy("relationship_id");
  let lifecycle = db
    .selectFrom("relationship_events as ev")
    .innerJoin("relationships as r", "r.id", "ev.relationship_id")
    .select(["ev.relationship_id", (eb) => eb.fn.max("ev.at").as("last")])
    .where("ev.relationship_id", "in", ids)
    .where((eb) =>
      eb.or([eb("ev.actor_id", "=", eb.ref("r.mentee_id")), eb("ev.actor_id", "=", eb.ref("r.mentor_id"))]),
    )
    .groupBy("ev.relationship_id");
  if (asOf) {
    activity = activity.where("occurred_at", "<=", asOf);
    lifecycle = lifecycle.where("ev.at", "<=", asOf);
  }
  const latest = new Map<string, Date>();
  for (const row of [...(await activity.execute()), ...(await lifecycle.execute())]) {
    // max() of a timestamp comes back as text on some drivers.
    const at = new Date(row.last as unknown as string);
    const before = latest.get(row.relationship_id);
    if (!before || at > before) latest.set(row.relationship_id, at);
  }
  return latest;
}

/** Whether the member did anything in the relationship after `since`. */
export async function hasContactBySince(
  db: Db,
  relationshipId: string,
  actorId: string,
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom("relationship_contact_events")
    .select("id")
    .where("relationship_id", "=", relationshipId)
    .where("actor_id", "=", actorId)
    .where("occurred_at", ">", since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
