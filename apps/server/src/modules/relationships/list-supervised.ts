import { CloseReasonSchema, RelationshipStateSchema } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { lastContactAt } from "../relationship-activity/last-contact.js";
import type { RequestActor } from "./actor.js";
import { listAssessmentsOf } from "./assessments-repository.js";
import { fitOf } from "./fit.js";
import { phaseOf } from "./phases.js";
import { supervisedRows } from "./supervision.js";

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

/**
 * The supervisor view: state, phase, last contact and the pair's fit score of the relationships of
 * mentors the caller supervises. Never notes, survey answers or comments.
 */
export async function listSupervised(db: Db, actor: RequestActor, relationshipId?: string) {
  const rows = await supervisedRows(db, actor, relationshipId);
  const ids = rows.map((r) => r.id);
  const contacts = await lastContactAt(db, ids);
  const assessments = await listAssessmentsOf(db, ids);
  return {
    relationships: rows.map((r) => {
      const sides = assessments.filter((a) => a.relationship_id === r.id);
      const fit = sides.length === 2 ? fitOf(sides.map((s) => ({ score: s.score, answers: s.answers }))) : null;
      return {
        id: r.id,
        mentor: { id: r.mentor_id, displayName: r.mentor_name },
        mentee: { id: r.mentee_id, displayName: r.mentee_name },
        status: RelationshipStateSchema.parse(r.status),
        closeReason: r.close_reason ? CloseReasonSchema.parse(r.close_reason) : null,
        phase: phaseOf(r.phase),
        startedAt: r.started_at.toISOString(),
        lastContactAt: latest(r.started_at, r.last_event_at, contacts.get(r.id)).toISOString(),
        fitScore: fit?.fitScore ?? null,
        lowFit: fit?.lowFit ?? null,
      };
    }),
  };
}

export async function getSupervised(db: Db, actor: RequestActor, relationshipId: string) {
  const [row] = (await listSupervised(db, actor, relationshipId)).relationships;
  if (!row) throw notFound("Relationship");
  return row;
}
