import type { Db } from "../../db/database.js";
import { detailOf } from "./get-relationship.js";
import { listRelationshipRecordsOf } from "./relationships-repository.js";

/** The caller's relationships, newest first, each with what to do next. */
export async function listRelationships(db: Db, userId: string, now: Date) {
  const records = await listRelationshipRecordsOf(db, userId);
  const relationships = [];
  for (const rel of records) {
    const party = rel.mentee_id === userId ? ("mentee" as const) : ("mentor" as const);
    const d = await detailOf(db, rel, party, now);
    relationships.push({
      id: d.id,
      yourRole: d.yourRole,
      peerName: party === "mentee" ? d.mentor.displayName : d.mentee.displayName,
      status: d.status,
      phase: d.phase.current,
      startedAt: d.startedAt,
      nextStep: d.nextStep,
    });
  }
  return { relationships };
}
