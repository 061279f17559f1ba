import type { MentorApplicationStatus } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { listApplications as searchApplications } from "./mentor-applications-repository.js";
import { presentApplicationSummary } from "./presenter.js";

/** The supervisors' queue: oldest change first, so nobody waits longest unseen. */
export async function listApplications(
  db: Db,
  query: { status?: MentorApplicationStatus | undefined; limit: number; offset: number },
) {
  const { rows, total } = await searchApplications(db, query);
  return { applications: rows.map(presentApplicationSummary), total };
}
