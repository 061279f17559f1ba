import type { Db } from "../../db/database.js";
import type { UserRow } from "../../db/schema.js";
import { invalidField, unauthenticated } from "../../lib/errors.js";
import { verifyPassword } from "../../lib/passwords.js";
import { findUserById } from "../users/user-repository.js";

/** A signed-in member re-entering their password before a serious change; 422 on `field` if wrong. */
export async function confirmPassword(db: Db, userId: string, password: string, field: string): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.password_hash, password))) {
    throw invalidField(field, "That is not your current password");
  }
  return user;
}
