import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MentorApplicationEventsTable, MentorApplicationsTable } from "../../db/schema.js";

export type ApplicationRow = Selectable<MentorApplicationsTable>;
export type ApplicationEventRow = Selectable<MentorApplicationEventsTable> & { actor_name: string | null };
export type ApplicationWithApplicant = ApplicationRow & { applicant_name: string };

const CLOSED = ["rejected", "retired"];

export async function insertApplication(db: Db, row: Insertable<MentorApplicationsTable>): Promise<ApplicationRow> {
  return db.insertInto("mentor_applications").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOpenApplicationOf(db: Db, userId: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom("mentor_applications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "not in", CLOSED)
    .executeTakeFirst();
}

/** The member's newest application, open or closed. */
export async function findLatestApplicationOf(db: Db, userId: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom("mentor_applications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

/** An application with its applicant's display name, the shape every staff view reads. */
function applicationWithApplicant(db: Db, id: string) {
  return db
    .selectFrom("mentor_applications as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .selectAll("a")
    .select("u.display_name as applicant_name")
    .where("a.id", "=", id);
}

/** Locks the row so two supervisors cannot move one application at the same moment. */
export async function findApplicationForUpdate(db: Db, id: string): Promise<ApplicationWithApplicant | undefined> {
  return applicationWithApplicant(db, id).forUpdate("a").executeTakeFirst();
}

export async function findApplication(db: Db, id: string): Promise<ApplicationWithApplicant | undefined> {
  return applicationWithApplicant(db, id).executeTakeFirst();
}

export async function listApplications(
  db: Db,
  search: { status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: ApplicationWithApplicant[]; total: number }> {
  let query = db.selectFrom("mentor_applications as a").innerJoin("users as u", "u.id", "a.user_id");
  if (search.status) query = query.where("a.status", "=", search.status);
  const rows = await query
    .selectAll("a")
    .select("u.display_name as applicant_name")
    .orderBy("a.status_changed_at")
    .orderBy("a.id")
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const count = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function updateApplication(
  db: Db,
  id: string,
  changes: { status?: string; status_changed_at?: Date; capacity?: number; pause_new_matches?: boolean },
): Promise<ApplicationRow> {
  return db
    .updateTable("mentor_applications")
    .set(changes)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertApplicationEvent(db: Db, row: Insertable<MentorApplicationEventsTable>): Promise<void> {
  await db.insertInto("mentor_application_events").values(row).execute();
}

export async function listApplicationEvents(db: Db, applicationId: string): Promise<ApplicationEventRow[]> {
  return db
    .selectFrom("mentor_application_events as e")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .selectAll("e")
    .select("u.display_name as actor_name")
    .where("e.application_id", "=", applicationId)
    .orderBy("e.seq")
    .execute();
}
