import { RelationshipPhaseSchema } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { listRelationshipsOf } from "./relationships-repository.js";

export async function listMyRelationships(db: Db, userId: string) {
  const rows = await listRelationshipsOf(db, userId);
  return {
    relationships: rows.map((r) => {
      const role = r.mentee_id === userId ? ("mentee" as const) : ("mentor" as const);
      const phase = RelationshipPhaseSchema.safeParse(r.phase);
      return {
        id: r.id,
        role,
        peerName: role === "mentee" ? r.mentor_name : r.mentee_name,
        status: r.status,
        phase: phase.success ? phase.data : ("introduction_and_exploration" as const),
        startedAt: r.started_at.toISOString(),
      };
    }),
  };
}
