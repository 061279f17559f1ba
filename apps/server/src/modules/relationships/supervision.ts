import type { Db } from "../../db/database.js";
import type { RequestActor } from "./actor.js";
import { listSupervisedRows, type SupervisedRow } from "./supervision-repository.js";

/** Safety and admins see every relationship; a supervisor those of the mentors they supervise. */
export function supervisorScope(actor: RequestActor): string | null {
  return actor.roles.includes("admin") || actor.roles.includes("safety") ? null : actor.userId;
}

export async function supervisedRows(db: Db, actor: RequestActor, relationshipId?: string): Promise<SupervisedRow[]> {
  return listSupervisedRows(db, supervisorScope(actor), relationshipId);
}

export async function supervisesRelationship(db: Db, actor: RequestActor, relationshipId: string): Promise<boolean> {
  return (await supervisedRows(db, actor, relationshipId)).length > 0;
}
