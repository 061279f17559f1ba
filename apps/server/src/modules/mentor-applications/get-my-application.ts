import type { OwnMentorApplication } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { findLatestApplicationOf } from "./mentor-applications-repository.js";
import { presentOwnApplication } from "./presenter.js";

/** The member's newest application, or null if they never applied. */
export async function getMyApplication(db: Db, userId: string): Promise<{ application: OwnMentorApplication | null }> {
  const row = await findLatestApplicationOf(db, userId);
  return { application: row ? presentOwnApplication(row) : null };
}
