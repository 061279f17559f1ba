import type { Faker } from "@faker-js/faker";
import { DAY, HOUR } from "../../lib/clock.js";
import { recordStart } from "../../modules/relationships/record-start.js";
import { demoMenteeEmail, demoMentorEmail } from "../demo-logins.js";
import { insertDemoRelationship, listHeldMembers } from "../demo-repository.js";
import type { DemoContext, DemoMember, DemoStep } from "../demo-step.js";
import { type Pair, RELATIONSHIP_PLANS } from "./relationship-plans.js";

/** The memorable logins stay unmatched, so a visitor can live a relationship from the start. */
function memorable(ctx: DemoContext): Set<string> {
  const emails = new Set([demoMenteeEmail(0)]);
  for (const m of ctx.community.mentors) emails.add(demoMentorEmail(m.mentorType, 0));
  return emails;
}

function pickPair(ctx: DemoContext, rng: Faker, start: Date, used: Set<string>, held: Set<string>) {
  const keep = memorable(ctx);
  const free = (m: DemoMember) => !used.has(m.id) && !keep.has(m.email);
  const mentees = ctx.community.mentees.filter((m) => {
    const facts = ctx.community.facts.get(m.id);
    return free(m) && !held.has(m.id) && facts?.seeksSupport && facts.onboardedAt.getTime() < start.getTime() - DAY;
  });
  // The last mentor paused new matches (mentor-applications step).
  const mentors = ctx.community.mentors.slice(0, -1).filter((m) => free(m) && m.appointedAt < start);
  if (mentees.length === 0 || mentors.length === 0) return null;
  return { mentee: rng.helpers.arrayElement(mentees), mentor: rng.helpers.arrayElement(mentors) };
}

/**
 * A handful of relationships at every stage: just introduced, at the four-week check, a low fit
 * with a rematch offer, growing, in the last phase planning graduation, and graduated. Each is
 * lived through the relationships module's own actions at the moments they happened.
 */
export const relationshipsStep: DemoStep = {
  name: "relationships",
  count: () => RELATIONSHIP_PLANS.length,
  async run(ctx, rng, progress) {
    const used = new Set<string>();
    const held = await listHeldMembers(ctx.db);
    const plans = [...RELATIONSHIP_PLANS].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const plan of plans) {
      const start = new Date(ctx.now.getTime() - plan.daysAgo * DAY - rng.number.int({ min: 1, max: 20 }) * HOUR);
      const chosen = pickPair(ctx, rng, start, used, held);
      if (!chosen) {
        progress();
        continue;
      }
      used.add(chosen.mentee.id);
      used.add(chosen.mentor.id);
      const rel = await insertDemoRelationship(ctx.db, {
        menteeId: chosen.mentee.id,
        mentorId: chosen.mentor.id,
        startedAt: start,
      });
      await recordStart(ctx.db, rel, chosen.mentor.id, "mentor", start);
      const pair: Pair = {
        id: rel.id,
        start,
        mentee: { userId: chosen.mentee.id, roles: ["mentee"], ip: null, requestId: "demo-seed" },
        mentor: { userId: chosen.mentor.id, roles: chosen.mentor.roles, ip: null, requestId: "demo-seed" },
        at: (day, fn) => ctx.services.at(new Date(start.getTime() + day * DAY), fn),
      };
      await plan.live(pair, rng);
      progress();
    }
  },
};
