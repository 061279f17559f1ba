import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/database.js";
import type { Db } from "../db/database.js";
import { ManualClock } from "../lib/clock.js";
import { demoMenteeEmail } from "./demo-logins.js";
import type { DemoCommunity } from "./demo-step.js";
import { seedDemoCommunity } from "./seed-demo.js";

const now = new Date("2026-06-01T09:00:00Z");
let db: Db;
let community: DemoCommunity;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  db = fresh.handle.db;
  community = await seedDemoCommunity({ database: fresh.handle, clock: new ManualClock(now) }, { scale: 0.25 });
}, 300_000);
afterAll(async () => drop?.());

const membersOf = (conversationId: string) =>
  db.selectFrom("conversation_members").selectAll().where("conversation_id", "=", conversationId).execute();

describe("the demo community's conversations", () => {
  it("gives every relationship its pair conversation with both of the pair in it, open while it lasts", async () => {
    const relationships = await db.selectFrom("relationships").selectAll().execute();
    expect(relationships.length).toBeGreaterThanOrEqual(5);
    for (const rel of relationships) {
      const conversation = await db
        .selectFrom("conversations")
        .selectAll()
        .where("relationship_id", "=", rel.id)
        .executeTakeFirstOrThrow();
      expect(conversation.kind).toBe("pair");
      expect(conversation.state).toBe(["active", "paused"].includes(rel.status) ? "open" : "read_only");
      const members = await membersOf(conversation.id);
      expect(members.map((m) => m.user_id).sort()).toEqual([rel.mentee_id, rel.mentor_id].sort());
      expect(members.every((m) => m.role === "member" && m.left_at === null && m.from_epoch === null)).toBe(true);
    }
  });

  it("has support groups of mentees and mentors, made by the supervisor and a mentor within the rules", async () => {
    const groups = await db.selectFrom("conversations").selectAll().where("kind", "=", "group").execute();
    expect(groups.length).toBe(3);
    const mentorIds = new Set(community.mentors.map((m) => m.id));
    const menteeIds = new Set(community.mentees.map((m) => m.id));
    const supervisor = community.staff.find((s) => s.roles.includes("supervisor"));
    const owners = new Set<string>();
    for (const group of groups) {
      const members = await membersOf(group.id);
      const owner = members.find((m) => m.role === "owner");
      expect(owner?.user_id).toBe(group.created_by);
      owners.add(owner?.user_id ?? "");
      const others = members.filter((m) => m.role === "member").map((m) => m.user_id);
      expect(others.some((id) => menteeIds.has(id))).toBe(true);
      expect(others.some((id) => mentorIds.has(id))).toBe(true);
      expect(members.length).toBeLessThanOrEqual(50);
      if (owner && mentorIds.has(owner.user_id)) {
        // A mentor may bring only their own current mentees and fellow mentors.
        const mentees = await db
          .selectFrom("relationships")
          .select("mentee_id")
          .where("mentor_id", "=", owner.user_id)
          .where("status", "in", ["active", "paused"])
          .execute();
        const allowed = new Set([...mentorIds, ...mentees.map((r) => r.mentee_id)]);
        expect(others.every((id) => allowed.has(id))).toBe(true);
      }
    }
    expect(owners.has(supervisor?.id ?? "")).toBe(true);
    expect([...owners].some((id) => mentorIds.has(id))).toBe(true);
    const memorable = community.mentees.find((m) => m.email === demoMenteeEmail(0));
    const memorableGroups = await db
      .selectFrom("conversation_members as m")
      .innerJoin("conversations as c", "c.id", "m.conversation_id")
      .select("c.title")
      .where("m.user_id", "=", memorable?.id ?? "")
      .where("c.kind", "=", "group")
      .execute();
    expect(memorableGroups.length).toBeGreaterThan(0);
  });

  it("seeds no messages and no keys: those are made on members' devices", async () => {
    const events = await db.selectFrom("conversation_events").select("id").execute();
    const epochs = await db.selectFrom("conversation_key_epochs").select("epoch").execute();
    const withKey = await db.selectFrom("conversations").select("id").where("current_epoch", "is not", null).execute();
    expect([events.length, epochs.length, withKey.length]).toEqual([0, 0, 0]);
    const audited = await db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "=", "groups.created")
      .execute();
    expect(audited).toHaveLength(3);
  });
});
