import type { Db } from "../../db/database.js";
import type { ProfileRow } from "../profiles/profiles-repository.js";

export interface PeerRow {
  displayName: string;
  profile: ProfileRow | undefined;
}

/** Display names and stored profiles of the given members, for presentForMatch. */
export async function findPeers(db: Db, ids: readonly string[]): Promise<Map<string, PeerRow>> {
  const peers = new Map<string, PeerRow>();
  if (ids.length === 0) return peers;
  const unique = [...new Set(ids)];
  const users = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", unique).execute();
  const profiles = await db.selectFrom("matching_profiles").selectAll().where("user_id", "in", unique).execute();
  const byUser = new Map(profiles.map((p) => [p.user_id, p]));
  for (const u of users) peers.set(u.id, { displayName: u.display_name, profile: byUser.get(u.id) });
  return peers;
}

export async function findUserIdsWithRole(db: Db, role: "match_reviewer" | "admin"): Promise<string[]> {
  const rows = await db.selectFrom("user_roles").select("user_id").where("role", "=", role).execute();
  return rows.map((r) => r.user_id);
}
