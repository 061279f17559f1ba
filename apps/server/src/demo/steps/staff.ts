import { insertAuditEvent } from "../../modules/audit/audit-repository.js";
import { DEMO_STAFF } from "../demo-logins.js";
import { insertDemoRoles, insertDemoUsers } from "../demo-repository.js";
import type { DemoStep } from "../demo-step.js";
import { daysAgo, demoUserRow } from "./member-rows.js";

/** One account per staff role with a fixed login; the administrator appointed the others. */
export const staffStep: DemoStep = {
  name: "staff",
  count: () => DEMO_STAFF.length,
  async run(ctx, rng, progress) {
    const members = DEMO_STAFF.map((s, i) => ({
      ...s,
      // The administrator was there first; the others joined over the next months.
      joinedAt: i === 0 ? daysAgo(rng, ctx.now, 700, 720) : daysAgo(rng, ctx.now, 400, 650),
    }));
    const ids = await insertDemoUsers(
      ctx.db,
      members.map((m) => demoUserRow(ctx, rng, m)),
    );
    const adminId = ids.get(members[0]!.email)!;
    await insertDemoRoles(
      ctx.db,
      members.map((m) => ({
        userId: ids.get(m.email)!,
        role: m.role,
        grantedBy: m.role === "admin" ? null : adminId,
        grantedAt: m.joinedAt,
      })),
    );
    for (const m of members) {
      const id = ids.get(m.email)!;
      ctx.community.staff.push({
        id,
        email: m.email,
        displayName: m.displayName,
        roles: [m.role],
        joinedAt: m.joinedAt,
      });
      ctx.community.takenNames.add(m.displayName.toLowerCase());
      if (m.role !== "admin") {
        await insertAuditEvent(
          ctx.db,
          {
            action: "role.changed",
            actorId: adminId,
            subjectId: id,
            details: { added: [m.role], removed: [], reason: "Joined the staff team" },
          },
          m.joinedAt,
        );
      }
      progress();
    }
  },
};
