import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipAgreementsTable } from "../../db/relationships-schema.js";

export type AgreementRow = Selectable<RelationshipAgreementsTable>;

export async function listAgreementVersions(db: Db, relationshipId: string): Promise<AgreementRow[]> {
  return db
    .selectFrom("relationship_agreements")
    .selectAll()
    .where("relationship_id", "=", relationshipId)
    .orderBy("version")
    .execute();
}

export async function insertAgreementVersion(
  db: Db,
  values: Omit<AgreementRow, "terms"> & { terms: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto("relationship_agreements")
    .values({ ...values, terms: JSON.stringify(values.terms) })
    .execute();
}

export async function signAgreementVersion(
  db: Db,
  relationshipId: string,
  version: number,
  column: "mentee_signed_at" | "mentor_signed_at",
  now: Date,
): Promise<void> {
  await db
    .updateTable("relationship_agreements")
    .set({ [column]: now })
    .where("relationship_id", "=", relationshipId)
    .where("version", "=", version)
    .execute();
}
