import type { Db } from "../../db/database.js";
import { conflict } from "../../lib/errors.js";
import { countOtherUnresolvedCases } from "./safety-repository.js";

/**
 * A member has one matching hold whichever case placed it, so clearing it from one case must not
 * lift the protection another open case still relies on.
 */
export async function assertNoOtherOpenCase(db: Db, userId: string, caseId: string): Promise<void> {
  if ((await countOtherUnresolvedCases(db, userId, caseId)) > 0) {
    throw conflict("Another safety case for this member is still open; resolve it before clearing the hold", [
      { field: "clearMatchingHold", reason: "another case is open" },
    ]);
  }
}
