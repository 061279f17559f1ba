import { demoMenteeEmail } from "../demo-logins.js";
import { insertDemoRoles, insertDemoUsers } from "../demo-repository.js";
import { DEMO_MENTEES, type DemoStep, scaled } from "../demo-step.js";
import { uniquePseudonym } from "../handles.js";
import { chunks, daysAgo, demoUserRow } from "./member-rows.js";

/** Members looking for support; most joined in the last six months, as a growing community's do. */
export const menteesStep: DemoStep = {
  name: "mentees",
  count: (scale) => scaled(DEMO_MENTEES, scale),
  async run(ctx, rng, progress) {
    const planned = Array.from({ length: scaled(DEMO_MENTEES, ctx.scale) }, (_, i) => ({
      email: demoMenteeEmail(i),
      displayName: uniquePseudonym(rng, "mentee", ctx.community.takenNames),
      joinedAt: rng.datatype.boolean({ probability: 0.75 })
        ? daysAgo(rng, ctx.now, 0, 180)
        : daysAgo(rng, ctx.now, 181, 540),
    }));
    for (const batch of chunks(planned)) {
      const ids = await insertDemoUsers(
        ctx.db,
        batch.map((m) => demoUserRow(ctx, rng, m)),
      );
      // Signing up makes a member a mentee; nobody granted it.
      await insertDemoRoles(
        ctx.db,
        batch.map((m) => ({
          userId: ids.get(m.email)!,
          role: "mentee" as const,
          grantedBy: null,
          grantedAt: m.joinedAt,
        })),
      );
      for (const m of batch) {
        ctx.community.mentees.push({
          id: ids.get(m.email)!,
          email: m.email,
          displayName: m.displayName,
          roles: ["mentee"],
          joinedAt: m.joinedAt,
        });
      }
      progress(batch.length);
    }
  },
};
