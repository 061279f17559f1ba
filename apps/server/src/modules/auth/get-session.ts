import type { Me } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { findRoles, findUserById } from "../users/user-repository.js";
import { presentMe } from "./presenter.js";

/** The member behind a session, as the web app shows them; null once the account is gone. */
export async function findMe(db: Db, userId: string): Promise<Me | null> {
  const user = await findUserById(db, userId);
  if (!user) return null;
  return presentMe(user, await findRoles(db, userId));
}
