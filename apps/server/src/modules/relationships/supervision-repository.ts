import { sql } from "kysely";
import type { Db } from "../../db/database.js";

export interface SupervisedRow {
  id: string;
  mentee_id: string;
  mentor_id: string;
  mentee_name: string;
  mentor_name: string;
  status: string;
  close_reason: string | null;
  phase: string;
  started_at: Date;
  last_event_at: Date | null;
}

/** Relationships a supervisor oversees; `supervisorId` null means every relationship (safety, admin). */
export async function listSupervisedRows(
  db: Db,
  supervisorId: string | null,
  relationshipId?: string,
): Promise<SupervisedRow[]> {
  let query = db
    .selectFrom("relationships as r")
    .innerJoin("users as e", "e.id", "r.mentee_id")
    .innerJoin("users as m", "m.id", "r.mentor_id")
    .select([
      "r.id",
      "r.mentee_id",
      "r.mentor_id",
      "e.display_name as mentee_name",
      "m.display_name as mentor_name",
      "r.status",
      "r.close_reason",
      "r.phase",
      "r.started_at",
      (eb) =>
        eb
          .selectFrom("relationship_events as ev")
          .select((x) => x.fn.max("ev.at").as("at"))
          .whereRef("ev.relationship_id", "=", "r.id")
          .as("last_event_at"),
    ]);
  if (supervisorId) {
    // "Supervises": the staff member who last moved the mentor's application to active, while they
    // hold the supervisor role (the same rule as the stuck-pair alert in relationship-activity). A
    // mentor with no such person (activated by an admin or a script, or that account is gone) is
    // supervised by every supervisor, so nobody goes unwatched: coalesce turns "nobody" into "you".
    query = query.where(
      sql<boolean>`coalesce((select ev.actor_id from mentor_application_events ev
        join mentor_applications a on a.id = ev.application_id
        join user_roles ur on ur.user_id = ev.actor_id and ur.role = 'supervisor'
        where a.user_id = r.mentor_id and ev.to_status = 'active'
        order by ev.seq desc limit 1), ${supervisorId}) = ${supervisorId}`,
    );
  }
  if (relationshipId) query = query.where("r.id", "=", relationshipId);
  const rows = await query.orderBy("r.started_at", "desc").orderBy("r.id").execute();
  // max() comes back as text on some drivers; normalise to Date.
  return rows.map((r) => ({
    ...r,
    last_event_at: r.last_event_at ? new Date(r.last_event_at as unknown as string) : null,
  }));
}
