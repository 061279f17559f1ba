import type { MentorApplicationStatus, MentorType } from "@mentalverse/shared";
import { DAY } from "../../lib/clock.js";
import { DEMO_MENTORS_PER_TYPE, type DemoStep, MENTOR_TYPES, scaled } from "../demo-step.js";
import { applicationFor } from "../generate/application.js";
import { pickSpecialisations } from "../generate/challenges.js";
import { type Appointment, recordAppointments } from "./appointed-mentors.js";
import { between } from "./member-rows.js";
import { moveApplication, walkPipeline } from "./mentor-pipeline.js";
import { SHARED_MENTOR_TYPE } from "./profiles.js";

/** Where the mentees who offered to mentor have got to: the supervisors' queue has something at every stage. */
const APPLICANT_STAGES: MentorApplicationStatus[][] = [
  [],
  ["interview"],
  ["interview", "background_verification", "training"],
  ["interview", "background_verification"],
  [],
  ["interview", "rejected"],
  ["interview", "background_verification", "training"],
  ["interview"],
];

/**
 * Every demo mentor applied, was interviewed, checked and trained, and became an active mentor on
 * the day they were appointed; one has since paused. Some mentees who also offered to mentor are
 * part-way through the pipeline, and one was turned down for now.
 */
export const mentorApplicationsStep: DemoStep = {
  name: "mentor-applications",
  count: (scale) => MENTOR_TYPES.length * scaled(DEMO_MENTORS_PER_TYPE, scale) + scaled(APPLICANT_STAGES.length, scale),
  async run(ctx, rng, progress) {
    const appointments: Appointment[] = [];
    for (const mentor of ctx.community.mentors) {
      const facts = ctx.community.facts.get(mentor.id);
      if (!facts) throw new Error("The mentor applications step needs the profile step first");
      const primary = SHARED_MENTOR_TYPE[mentor.mentorType];
      const extra: MentorType | null =
        primary !== "recovery_mentor" && rng.datatype.boolean({ probability: 0.1 })
          ? primary === "wellness_coach"
            ? "life_experience_mentor"
            : "wellness_coach"
          : null;
      const application = applicationFor(rng, extra ? [primary, extra] : [primary], facts.specialisations);
      const appliedAt = new Date(facts.onboardedAt.getTime() + rng.number.int({ min: 1, max: 5 }) * DAY);
      appointments.push({ mentor, application, appliedAt });
    }
    const ids = await recordAppointments(ctx, rng, appointments);
    progress(appointments.length);
    // One mentor has since asked for a break; the transition service pauses them.
    const paused = ctx.community.mentors.at(-1);
    if (paused && ctx.community.mentors.length > 1) {
      const pausedAt = between(rng, new Date(paused.appointedAt.getTime() + 30 * DAY), ctx.now);
      await moveApplication(ctx, rng, ids.get(paused.id)!, "paused", pausedAt);
    }
    const settled = (at: Date | undefined) => at !== undefined && ctx.now.getTime() - at.getTime() > 3 * DAY;
    const offering = ctx.community.mentees.filter((m) => {
      const facts = ctx.community.facts.get(m.id);
      return facts?.offersMentorship && settled(facts.onboardedAt);
    });
    const applicants = offering.slice(0, scaled(APPLICANT_STAGES.length, ctx.scale));
    for (const [i, mentee] of applicants.entries()) {
      const facts = ctx.community.facts.get(mentee.id)!;
      const type: MentorType = i % 2 === 0 ? "wellness_coach" : "life_experience_mentor";
      const application = applicationFor(rng, [type], pickSpecialisations(rng, type, i));
      const appliedAt = between(rng, new Date(facts.onboardedAt.getTime() + DAY), ctx.now);
      const lastAt = between(rng, appliedAt, ctx.now);
      await walkPipeline(
        ctx,
        rng,
        mentee.id,
        application,
        appliedAt,
        APPLICANT_STAGES[i % APPLICANT_STAGES.length]!,
        lastAt,
      );
    }
    progress(scaled(APPLICANT_STAGES.length, ctx.scale));
  },
};
