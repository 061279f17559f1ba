import type { RelationshipDetail } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { listAgreementVersions } from "./agreements-repository.js";
import { listAssessments } from "./assessments-repository.js";
import { listTicks } from "./checklist-repository.js";
import { loadAsParty } from "./party.js";
import { presentDetail } from "./presenter.js";
import { listEvents, type RelationshipRecord } from "./relationships-repository.js";
import type { Party } from "./transitions.js";

export async function detailOf(db: Db, rel: RelationshipRecord, party: Party, now: Date): Promise<RelationshipDetail> {
  const [events, ticks, agreements, assessments] = [
    await listEvents(db, rel.id),
    await listTicks(db, rel.id),
    await listAgreementVersions(db, rel.id),
    await listAssessments(db, rel.id),
  ];
  return presentDetail({ rel, party, events, ticks, agreements, assessments, now });
}

/** A relationship as one of its pair sees it; nobody else may read it here. */
export async function getRelationship(db: Db, userId: string, id: string, now: Date): Promise<RelationshipDetail> {
  const { rel, party } = await loadAsParty(db, id, userId);
  return detailOf(db, rel, party, now);
}
