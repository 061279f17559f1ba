import type { OwnMentorApplication } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import { findOpenApplicationOf, updateApplication } from "./mentor-applications-repository.js";
import { presentOwnApplication } from "./presenter.js";
import { MENTOR_ROLE_STATUSES } from "./transitions.js";

/** An active (or paused) mentor sets how many mentees they can take and whether to take new ones now. */
export async function updatePreferences(
  ctx: AppContext,
  userId: string,
  input: { capacity?: number | undefined; pauseNewMatches?: boolean | undefined },
): Promise<OwnMentorApplication> {
  return ctx.database.transaction(async (trx) => {
    const application = await findOpenApplicationOf(trx, userId);
    if (!application || !(MENTOR_ROLE_STATUSES as readonly string[]).includes(application.status)) {
      throw conflict("Mentoring preferences apply once you are an active mentor");
    }
    const row = await updateApplication(trx, application.id, {
      ...(input.capacity === undefined ? {} : { capacity: input.capacity }),
      ...(input.pauseNewMatches === undefined ? {} : { pause_new_matches: input.pauseNewMatches }),
    });
    return presentOwnApplication(row);
  });
}
