import type { Faker } from "@faker-js/faker";
import { DAY, HOUR } from "../../lib/clock.js";
import { createGroup } from "../../modules/groups/create-group.js";
import { ensurePairConversations } from "../../modules/messaging/ensure-pair-conversations.js";
import type { RequestActor } from "../../modules/relationships/actor.js";
import { listDemoRelationships } from "../demo-conversations-repository.js";
import { demoMenteeEmail, demoMentorEmail } from "../demo-logins.js";
import type { DemoContext, DemoMember, DemoStep } from "../demo-step.js";

const actor = (m: DemoMember): RequestActor => ({ userId: m.id, roles: m.roles, ip: null, requestId: "demo-seed" });

/** Members who came for support and were onboarded before the group started. */
function menteesFor(ctx: DemoContext, rng: Faker, n: number, before: Date, must: DemoMember[] = []): string[] {
  const pool = ctx.community.mentees.filter((m) => {
    const facts = ctx.community.facts.get(m.id);
    return facts?.seeksSupport && facts.onboardedAt < before && !must.includes(m);
  });
  return [...must.map((m) => m.id), ...rng.helpers.arrayElements(pool, Math.min(n, pool.length)).map((m) => m.id)];
}

/**
 * Conversations, made the way the app makes them: each relationship's pair conversation (what the
 * messaging module creates when either of the pair opens Messages), and a few support groups created
 * through the groups module by the supervisor and a mentor. No messages: the server never holds
 * plaintext and keys are made on members' devices, so the first member to open a conversation in
 * their browser makes its first key, and the conversation starts from there.
 */
export const conversationsStep: DemoStep = {
  name: "conversations",
  count: () => 2,
  async run(ctx, rng, progress) {
    for (const rel of await listDemoRelationships(ctx.db)) {
      await ctx.services.at(new Date(rel.started_at.getTime() + HOUR), (app) =>
        ensurePairConversations(app, rel.mentee_id),
      );
    }
    progress();

    const supervisor = ctx.community.staff.find((s) => s.roles.includes("supervisor"));
    const mentors = ctx.community.mentors.slice(0, -1).filter((m) => m.roles.includes("mentor"));
    const memorableMentee = ctx.community.mentees.filter((m) => m.email === demoMenteeEmail(0));
    if (supervisor && mentors.length > 0) {
      const since = new Date(ctx.now.getTime() - 45 * DAY);
      const wellness = mentors.filter((m) => m.mentorType === "wellness" && m.appointedAt < since);
      const recovery = mentors.filter((m) => m.mentorType === "recovery" && m.appointedAt < since);
      await ctx.services.at(since, (app) =>
        createGroup(app, actor(supervisor), {
          title: "Evening anxiety circle",
          memberIds: [
            ...menteesFor(ctx, rng, 9, since, memorableMentee),
            ...rng.helpers.arrayElements(wellness, Math.min(2, wellness.length)).map((m) => m.id),
          ],
        }),
      );
      const later = new Date(ctx.now.getTime() - 20 * DAY);
      const firstRecovery = recovery.filter((m) => m.email === demoMentorEmail("recovery", 0));
      await ctx.services.at(later, (app) =>
        createGroup(app, actor(supervisor), {
          title: "Recovery peer support",
          memberIds: [
            ...menteesFor(ctx, rng, 7, later),
            ...[
              ...firstRecovery,
              ...rng.helpers.arrayElements(
                recovery.filter((m) => !firstRecovery.includes(m)),
                2,
              ),
            ].map((m) => m.id),
          ],
        }),
      );
    }
    await mentorGroup(ctx, rng);
    progress();
  },
};

/** A mentor with a current mentee starts a small group with them and a few fellow mentors. */
async function mentorGroup(ctx: DemoContext, rng: Faker): Promise<void> {
  const live = (await listDemoRelationships(ctx.db)).filter((r) => r.status === "active");
  const rel = live.at(-1);
  const owner = rel && ctx.community.mentors.find((m) => m.id === rel.mentor_id);
  if (!rel || !owner) return;
  const start = new Date(Math.max(rel.started_at.getTime() + 3 * DAY, ctx.now.getTime() - 10 * DAY));
  const peers = ctx.community.mentors.filter((m) => m !== owner && m.roles.includes("mentor") && m.appointedAt < start);
  await ctx.services.at(start, (app) =>
    createGroup(app, actor(owner), {
      title: "Small steps together",
      memberIds: [rel.mentee_id, ...rng.helpers.arrayElements(peers, Math.min(3, peers.length)).map((m) => m.id)],
    }),
  );
}
