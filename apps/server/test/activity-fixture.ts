import type { TestApp } from "./harness.js";
import { member } from "./matching-fixture.js";
import { completeProfile } from "./profile-fixture.js";

/**
 * A mentee and a mentor in an active relationship, each signed in, with matching profiles in the
 * given time zones. The relationship row is written directly: how pairs form is matching's test.
 */
export async function activePair(t: TestApp, zones: { mentee?: string; mentor?: string } = {}, status = "active") {
  const mentee = await member(t, { displayName: "Mia Mentee" });
  const mentor = await member(t, { roles: ["mentee", "mentor"], displayName: "Omar Mentor" });
  for (const [who, zone] of [
    [mentee, zones.mentee],
    [mentor, zones.mentor],
  ] as const) {
    if (!zone) continue;
    const res = await who.client.put("/api/profile", completeProfile({ timeZone: zone }));
    if (res.status !== 200) throw new Error(`profile failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const relationship = await t.ctx.db
    .insertInto("relationships")
    .values({
      mentee_id: mentee.user.id,
      mentor_id: mentor.user.id,
      match_id: null,
      status,
      phase: "introduction_and_exploration",
      started_at: t.clock.now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { mentee, mentor, id: relationship.id, base: `/api/relationships/${relationship.id}` };
}

export async function setRelationshipStatus(t: TestApp, id: string, status: string) {
  await t.ctx.db.updateTable("relationships").set({ status }).where("id", "=", id).execute();
}
