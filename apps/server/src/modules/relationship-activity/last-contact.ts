import type { Db } from "../../db/database.js";
import { findLastContacts } from "./contact-repository.js";

/**
 * When each pair was last in contact: a session attended (at its start) or agreed, a check-in, work
 * on a goal (created, changed, milestone, progress update) or a step either member took in the
 * relationships module (agreement, checklist, phase, graduation), whoever of the two did it.
 * Private notes do not count: they are not contact. Relationships with no contact yet are missing from the
 * map (callers usually fall back to the relationship's start). For the supervisor view and the
 * inactivity jobs.
 */
export async function lastContactAt(
  db: Db,
  relationshipIds: readonly string[],
  asOf?: Date,
): Promise<Map<string, Date>> {
  return findLastContacts(db, relationshipIds, asOf);
}
