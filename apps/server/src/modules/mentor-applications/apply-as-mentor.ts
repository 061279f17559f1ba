import {
  type ApplyAsMentorRequest,
  type OwnMentorApplication,
  RECOVERY_MENTOR_MIN_STABLE_MONTHS,
} from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { conflict, invalidField } from "../../lib/errors.js";
import { isProfileComplete } from "../profiles/get-profile.js";
import { findOpenApplicationOf, insertApplication, insertApplicationEvent } from "./mentor-applications-repository.js";
import { presentOwnApplication } from "./presenter.js";
import { monthsBefore, wholeMonthsBetween } from "./stable-months.js";

/**
 * A member applies to mentor. Recovery mentors need two years of stable recovery or management,
 * and every mentor needs a complete matching profile, since matching compares both sides.
 */
export async function applyAsMentor(
  ctx: AppContext,
  userId: string,
  input: ApplyAsMentorRequest,
  meta: RequestMeta,
): Promise<OwnMentorApplication> {
  const now = ctx.clock.now();
  const stableSince = input.stableSince
    ? new Date(`${input.stableSince}T00:00:00Z`)
    : monthsBefore(now, input.stableSinceMonths ?? 0);
  const field = input.stableSince ? "stableSince" : "stableSinceMonths";
  if (stableSince.getTime() > now.getTime()) throw invalidField(field, "The date cannot be in the future");
  const months = input.stableSinceMonths ?? wholeMonthsBetween(stableSince, now);
  if (input.mentorTypes.includes("recovery_mentor") && months < RECOVERY_MENTOR_MIN_STABLE_MONTHS) {
    throw invalidField(
      field,
      `Recovery mentors need at least ${RECOVERY_MENTOR_MIN_STABLE_MONTHS / 12} years of stable recovery or management`,
    );
  }
  const alreadyOpen = () =>
    conflict("You already have an application in progress", [
      { field: "application", reason: "One application at a time" },
    ]);
  return ctx.database
    .transaction(async (trx) => {
      if (!(await isProfileComplete(trx, userId))) {
        throw invalidField("profile", "Complete your matching profile before applying");
      }
      if (await findOpenApplicationOf(trx, userId)) throw alreadyOpen();
      const row = await insertApplication(trx, {
        user_id: userId,
        status: "applied",
        mentor_types: JSON.stringify(input.mentorTypes),
        specialisations: JSON.stringify(input.specialisations),
        lived_experience: input.livedExperience,
        stable_since: stableSince,
        capacity: input.capacity,
        boundaries: input.boundaries,
        mentor_references: JSON.stringify(input.references),
        created_at: now,
        status_changed_at: now,
      });
      await insertApplicationEvent(trx, { application_id: row.id, at: now, actor_id: userId, to_status: "applied" });
      await ctx.audit.record(
        {
          action: "mentor_application.submitted",
          actorId: userId,
          subjectId: userId,
          ip: meta.ip,
          requestId: meta.requestId,
          details: { applicationId: row.id, mentorTypes: input.mentorTypes },
        },
        trx,
      );
      return presentOwnApplication(row);
    })
    .catch((error: unknown) => {
      // Two submissions at once: the database's one-open-application index refuses the second.
      if ((error as { code?: unknown }).code === "23505") throw alreadyOpen();
      throw error;
    });
}
