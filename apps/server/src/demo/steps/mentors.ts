import { DAY } from "../../lib/clock.js";
import { demoMentorEmail } from "../demo-logins.js";
import { insertDemoUsers } from "../demo-repository.js";
import { DEMO_MENTORS_PER_TYPE, type DemoStep, MENTOR_TYPES, scaled } from "../demo-step.js";
import { uniquePseudonym } from "../handles.js";
import { between, chunks, daysAgo, demoUserRow } from "./member-rows.js";

/**
 * Mentors of each kind (recovery mentors, wellness coaches, life-experience mentors). Each signed
 * up, then applied and trained; the mentor-applications step takes them through the pipeline,
 * which is what grants the mentor role, audited and notified as the app does.
 */
export const mentorsStep: DemoStep = {
  name: "mentors",
  count: (scale) => MENTOR_TYPES.length * scaled(DEMO_MENTORS_PER_TYPE, scale),
  async run(ctx, rng, progress) {
    const perType = scaled(DEMO_MENTORS_PER_TYPE, ctx.scale);
    const planned = MENTOR_TYPES.flatMap((type) =>
      Array.from({ length: perType }, (_, i) => {
        const joinedAt = daysAgo(rng, ctx.now, 120, 600);
        return {
          type,
          email: demoMentorEmail(type, i),
          displayName: uniquePseudonym(rng, type, ctx.community.takenNames),
          joinedAt,
          // Applying, interview, checks and training take a few weeks after joining.
          appointedAt: between(rng, new Date(joinedAt.getTime() + 30 * DAY), new Date(joinedAt.getTime() + 75 * DAY)),
        };
      }),
    );
    for (const batch of chunks(planned)) {
      const ids = await insertDemoUsers(
        ctx.db,
        batch.map((m) => demoUserRow(ctx, rng, m)),
      );
      for (const m of batch) {
        ctx.community.mentors.push({
          id: ids.get(m.email)!,
          email: m.email,
          displayName: m.displayName,
          roles: ["mentor"],
          joinedAt: m.joinedAt,
          mentorType: m.type,
          appointedAt: m.appointedAt,
        });
      }
      progress(batch.length);
    }
  },
};
