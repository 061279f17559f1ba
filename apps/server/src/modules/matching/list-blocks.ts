import type { Db } from "../../db/database.js";
import { listBlocksBy } from "./blocks-repository.js";

export async function listBlocks(db: Db, userId: string) {
  const rows = await listBlocksBy(db, userId);
  return rows.map((r) => ({
    memberId: r.blocked_id,
    displayName: r.display_name,
    createdAt: r.created_at.toISOString(),
  }));
}
