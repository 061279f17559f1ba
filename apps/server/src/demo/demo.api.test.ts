import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/database.js";
import type { DatabaseHandle } from "../db/database.js";
import { ManualClock } from "../lib/clock.js";
import { verifyPassword } from "../lib/passwords.js";
import { insertUser } from "../modules/users/user-repository.js";
import { DEMO_PASSWORD, demoMentorEmail } from "./demo-logins.js";
import { listDemoDisplayNames } from "./demo-repository.js";
import type { DemoContext } from "./demo-step.js";
import { DemoRefusedError, ensureDemoCommunity, seedDemoCommunity } from "./seed-demo.js";
import { demoSteps } from "./steps/index.js";

const clock = new ManualClock("2026-06-01T09:00:00Z");
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function database(): Promise<DatabaseHandle> {
  const { handle, drop } = await freshDatabase();
  drops.push(drop);
  return handle;
}

async function roleCounts(db: DatabaseHandle["db"]) {
  const rows = await db
    .selectFrom("user_roles")
    .select(["role", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("role")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
}

async function profilesByEmail(db: DatabaseHandle["db"]) {
  const rows = await db
    .selectFrom("matching_profiles")
    .innerJoin("users", "users.id", "matching_profiles.user_id")
    .select(["users.email", "matching_profiles.fields", "matching_profiles.visibility"])
    .orderBy("users.email")
    .execute();
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

// Each test opens its own database; on a busy machine PGlite takes a while to start.
describe("demo community", { timeout: 120_000 }, () => {
  it("scales down, shares one documented password, and appoints mentors through the audited, notified pipeline", async () => {
    const handle = await database();
    const community = await seedDemoCommunity({ database: handle, clock }, { scale: 0.05 });
    expect(community.mentees).toHaveLength(10);
    expect(community.mentors).toHaveLength(3);
    expect(await roleCounts(handle.db)).toMatchObject({ mentee: 10, mentor: 3, admin: 1 });

    const supervisor = community.staff.find((s) => s.roles.includes("supervisor"))!;
    const mentor = await handle.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", demoMentorEmail("recovery", 0))
      .executeTakeFirstOrThrow();
    // Made a mentor by the supervisor at the end of the application pipeline, as the app does it.
    const audit = await handle.db
      .selectFrom("audit_events")
      .selectAll()
      .where("subject_id", "=", mentor.id)
      .orderBy("at")
      .execute();
    expect(
      audit.map((a) => a.action).filter((a) => a.startsWith("mentor_application") || a === "role.changed"),
    ).toEqual([
      "mentor_application.submitted",
      "mentor_application.transitioned",
      "mentor_application.transitioned",
      "mentor_application.transitioned",
      "mentor_application.transitioned",
      "role.changed",
    ]);
    const roleChange = audit.find((a) => a.action === "role.changed")!;
    expect(roleChange).toMatchObject({ actor_id: supervisor.id });
    expect(roleChange.details).toMatchObject({ added: ["mentor"], removed: [] });
    const granted = await handle.db.selectFrom("user_roles").selectAll().where("user_id", "=", mentor.id).execute();
    expect(granted).toMatchObject([{ role: "mentor", granted_by: supervisor.id, granted_at: roleChange.at }]);
    const notices = await handle.db
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", mentor.id)
      .orderBy("created_at")
      .execute();
    expect(notices.map((n) => n.title)).toContain("You are now a peer mentor");
    const seeded = await handle.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "demo.seeded")
      .execute();
    expect(seeded).toHaveLength(1);

    // One shared password, hashed once.
    const hashes = await handle.db.selectFrom("users").select("password_hash").distinct().execute();
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(hashes[0]!.password_hash, "not-the-demo-password")).toBe(false);
  });

  it("is deterministic: the same seed gives the same members, another seed different ones", async () => {
    const [a, b] = [await database(), await database()];
    await seedDemoCommunity({ database: a, clock }, { scale: 0.1 });
    const names = await listDemoDisplayNames(a.db);
    expect(names.length).toBe(4 + 6 + 20);

    // Another seed, looked at from inside its transaction and then rolled back by a failing step.
    let otherSeed: typeof names = [];
    const peek = {
      name: "peek",
      count: () => 0,
      run: async (ctx: DemoContext) => {
        otherSeed = await listDemoDisplayNames(ctx.db);
        throw new Error("rolled back on purpose");
      },
    };
    await expect(
      seedDemoCommunity({ database: b, clock }, { scale: 0.1, seed: 7, steps: [...demoSteps, peek] }),
    ).rejects.toThrow("on purpose");
    expect(otherSeed.map((n) => n.email)).toEqual(names.map((n) => n.email));
    expect(otherSeed.map((n) => n.displayName)).not.toEqual(names.map((n) => n.displayName));

    // The same seed on another day: the same people, with the same profiles.
    await seedDemoCommunity({ database: b, clock: new ManualClock("2027-02-03T10:00:00Z") }, { scale: 0.1 });
    expect(await listDemoDisplayNames(b.db)).toEqual(names);
    expect(await profilesByEmail(b.db)).toEqual(await profilesByEmail(a.db));
  });

  it("seeds only an empty database and leaves an existing demo alone", async () => {
    const handle = await database();
    const first = await ensureDemoCommunity({ database: handle, clock }, { scale: 0.05 });
    expect(first.seeded).toBe(true);
    const second = await ensureDemoCommunity({ database: handle, clock }, { scale: 0.05 });
    expect(second).toEqual({ seeded: false, demoMembers: 17 });
    const count = await handle.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(17);
  });

  it("leaves nothing behind when a step fails, and refuses a database that holds real accounts", async () => {
    const handle = await database();
    const failing = {
      name: "broken",
      count: () => 1,
      run: async () => {
        throw new Error("step failed");
      },
    };
    await expect(
      seedDemoCommunity({ database: handle, clock }, { scale: 0.05, steps: [...demoSteps, failing] }),
    ).rejects.toThrow("step failed");
    expect(await handle.db.selectFrom("users").select("id").execute()).toHaveLength(0);

    await insertUser(handle.db, { email: "real.person@example.test", password_hash: "x", display_name: "Real Person" });
    await expect(ensureDemoCommunity({ database: handle, clock }, { scale: 0.05 })).rejects.toThrow(DemoRefusedError);
    const demo = await handle.db.selectFrom("users").select("id").where("is_demo", "=", true).execute();
    expect(demo).toHaveLength(0);
  });
});
