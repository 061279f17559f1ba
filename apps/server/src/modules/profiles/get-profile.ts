import type { Db } from "../../db/database.js";
import { findProfile } from "./profiles-repository.js";
import { readProfile, type StoredProfile } from "./stored-profile.js";

/** A member's matching profile; an empty draft with default visibility before the first save. */
export async function getProfile(db: Db, userId: string): Promise<StoredProfile> {
  return readProfile(await findProfile(db, userId));
}

export async function isProfileComplete(db: Db, userId: string): Promise<boolean> {
  return (await findProfile(db, userId))?.complete ?? false;
}
