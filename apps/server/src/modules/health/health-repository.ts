import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** A round trip to the database; false when it cannot answer. */
export async function pingDatabase(db: Db): Promise<boolean> {
  return sql`select 1`
    .execute(db)
    .then(() => true)
    .catch(() => false);
}
