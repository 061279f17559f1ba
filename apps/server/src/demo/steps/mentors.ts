import { DAY } from "../../lib/clock.js";
import { roleChangeNotice } from "../../modules/admin/role-change-notice.js";
import { insertAuditEvent } from "../../modules/audit/audit-repository.js";
import { demoMentorEmail } from "../demo-logins.js";
import { insertDemoNotifications, insertDemoRoles, insertDemoUsers } from "../demo-repository.js";
import { type DemoMentor, type DemoStep, MENTOR_TYPES, type MentorType, scaled } from "../demo-step.js";
import { uniquePseudonym } from "../handles.js";
import { between, chunks, daysAgo, demoUserRow } from "./member-rows.js";

const PER_TYPE = 20;

const TRAINING: Record<MentorType, string> = {
  recovery: "Completed peer mentor training, recovery track; 2+ years of stable recovery",
  wellness: "Completed peer mentor training, wellness coaching track",
  life_experience: "Completed peer mentor training, life-experience track",
};

/**
 * Mentors of each kind (recovery mentors, wellness coaches, life-experience mentors). Each signed
 * up, trained, and was made a mentor by the administrator: audited and notified as the app does.
 */
export const mentorsStep: DemoStep = {
  name: "mentors",
  count: (scale) => MENTOR_TYPES.length * scaled(PER_TYPE, scale),
  async run(ctx, rng, progress) {
    const admin = ctx.community.staff.find((s) => s.roles.includes("admin"));
    if (!admin) throw new Error("The mentors step needs the staff step's administrator");
    const perType = scaled(PER_TYPE, ctx.scale);
    const planned = MENTOR_TYPES.flatMap((type) =>
      Array.from({ length: perType }, (_, i) => {
        const joinedAt = daysAgo(rng, ctx.now, 120, 600);
        return {
          type,
          email: demoMentorEmail(type, i),
          displayName: uniquePseudonym(rng, type, ctx.community.takenNames),
          joinedAt,
          // Training takes a few weeks after joining.
          appointedAt: between(rng, new Date(joinedAt.getTime() + 14 * DAY), new Date(joinedAt.getTime() + 60 * DAY)),
        };
      }),
    );
    for (const batch of chunks(planned)) {
      const ids = await insertDemoUsers(
        ctx.db,
        batch.map((m) => demoUserRow(ctx, rng, m)),
      );
      const mentors: (DemoMentor & { appointedAt: Date })[] = batch.map((m) => ({
        id: ids.get(m.email)!,
        email: m.email,
        displayName: m.displayName,
        roles: ["mentor"],
        joinedAt: m.joinedAt,
        mentorType: m.type,
        appointedAt: m.appointedAt,
      }));
      await insertDemoRoles(
        ctx.db,
        mentors.map((m) => ({ userId: m.id, role: "mentor" as const, grantedBy: admin.id, grantedAt: m.appointedAt })),
      );
      const notice = roleChangeNotice(["mentor"], []);
      await insertDemoNotifications(
        ctx.db,
        mentors.map((m) => ({
          userId: m.id,
          kind: notice.kind,
          title: notice.title,
          body: notice.body,
          link: notice.link ?? null,
          at: m.appointedAt,
          readAt: rng.datatype.boolean({ probability: 0.8 }) ? between(rng, m.appointedAt, ctx.now) : null,
        })),
      );
      for (const { appointedAt, ...mentor } of mentors) {
        await insertAuditEvent(
          ctx.db,
          {
            action: "role.changed",
            actorId: admin.id,
            subjectId: mentor.id,
            details: { added: ["mentor"], removed: [], reason: TRAINING[mentor.mentorType] },
          },
          appointedAt,
        );
        ctx.community.mentors.push(mentor);
      }
      progress(batch.length);
    }
  },
};
