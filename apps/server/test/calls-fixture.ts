import type { TestApp } from "./harness.js";
import { member } from "./matching-fixture.js";

export type Member = Awaited<ReturnType<typeof member>>;

/**
 * A pair conversation written straight into the database, on an active relationship (how pairs form
 * is matching's and messaging's test): what calls need, a conversation with exactly its two members.
 */
export async function pairConversation(
  t: TestApp,
  who: { mentee?: Member; mentor?: Member; state?: "open" | "read_only" } = {},
) {
  const mentee = who.mentee ?? (await member(t, { displayName: "Mia Mentee" }));
  const mentor = who.mentor ?? (await member(t, { roles: ["mentee", "mentor"], displayName: "Omar Mentor" }));
  const db = t.ctx.db;
  const now = t.clock.now();
  const relationship = await db
    .insertInto("relationships")
    .values({
      mentee_id: mentee.user.id,
      mentor_id: mentor.user.id,
      match_id: null,
      status: "active",
      phase: "introduction_and_exploration",
      started_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const conversation = await db
    .insertInto("conversations")
    .values({
      kind: "pair",
      title: null,
      relationship_id: relationship.id,
      created_by: null,
      state: who.state ?? "open",
      last_event_at: null,
      current_epoch: null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("conversation_members")
    .values(
      [mentee, mentor].map((m) => ({
        conversation_id: conversation.id,
        user_id: m.user.id,
        role: "member" as const,
        joined_at: now,
      })),
    )
    .execute();
  return { id: conversation.id, mentee, mentor };
}
