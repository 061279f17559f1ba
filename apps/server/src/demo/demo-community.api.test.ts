import {
  type CssrsAnswers,
  changeSinceBaseline,
  comparedScore,
  type QuestionnaireId,
  routeCssrs,
  scoreQuestionnaire,
} from "@mentalverse/measures";
import { DisplayNameSchema, ProfileFieldsSchema, type SpecialisationId } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/database.js";
import type { Db } from "../db/database.js";
import { DAY, ManualClock } from "../lib/clock.js";
import {
  findApplication,
  listApplicationEvents,
} from "../modules/mentor-applications/mentor-applications-repository.js";
import { presentApplicationDetail } from "../modules/mentor-applications/presenter.js";
import { wholeMonthsBetween } from "../modules/mentor-applications/stable-months.js";
import { getOnboarding } from "../modules/onboarding/get-onboarding.js";
import { missingFields, readProfile } from "../modules/profiles/stored-profile.js";
import { DEMO_STAFF } from "./demo-logins.js";
import { type DemoCommunity, MENTOR_TYPES } from "./demo-step.js";
import { seedDemoCommunity } from "./seed-demo.js";
import { SHARED_MENTOR_TYPE } from "./steps/profiles.js";

const now = new Date("2026-06-01T09:00:00Z");
let db: Db;
let community: DemoCommunity;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  db = fresh.handle.db;
  community = await seedDemoCommunity({ database: fresh.handle, clock: new ManualClock(now) });
}, 300_000);
afterAll(async () => drop?.());

const members = () => [...community.mentees, ...community.mentors];
const count = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

describe("the full demo community", { timeout: 60_000 }, () => {
  it("has 200 mentees, 20 mentors of each kind and one account per staff role, all pseudonymous demo accounts", async () => {
    const roles = await db
      .selectFrom("user_roles")
      .select(["role", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("role")
      .execute();
    expect(Object.fromEntries(roles.map((r) => [r.role, Number(r.n)]))).toEqual({
      mentee: 200,
      mentor: 60,
      match_reviewer: 1,
      supervisor: 1,
      safety: 1,
      admin: 1,
    });
    for (const type of MENTOR_TYPES) expect(community.mentors.filter((m) => m.mentorType === type)).toHaveLength(20);
    const users = await db.selectFrom("users").select(["is_demo", "display_name", "email"]).execute();
    expect(users).toHaveLength(264);
    expect(users.every((u) => u.is_demo)).toBe(true);
    for (const u of users) expect(DisplayNameSchema.safeParse(u.display_name).success, u.display_name).toBe(true);
    expect(new Set(users.map((u) => u.display_name.toLowerCase())).size).toBe(users.length);
    for (const staff of DEMO_STAFF) {
      const row = await db
        .selectFrom("users")
        .innerJoin("user_roles", "user_roles.user_id", "users.id")
        .select("user_roles.role")
        .where("users.email", "=", staff.email)
        .execute();
      expect(row.map((r) => r.role)).toEqual([staff.role]);
    }
  });

  it("finished onboarding: current consent, an intent that fits, and a complete profile the contract accepts", async () => {
    const mentorIds = new Set(community.mentors.map((m) => m.id));
    let both = 0;
    for (const m of members()) {
      const state = await getOnboarding(db, m.id);
      expect(state.currentStep, m.email).toBeNull();
      expect(state.consent?.current).toBe(true);
      expect(mentorIds.has(m.id) ? state.intent?.offerMentorship : state.intent?.seekSupport).toBe(true);
      if (state.intent?.seekSupport && state.intent.offerMentorship) both += 1;
    }
    expect(both).toBeGreaterThan(0);
    const rows = await db.selectFrom("matching_profiles").selectAll().execute();
    expect(rows).toHaveLength(members().length);
    for (const row of rows) {
      expect(row.complete).toBe(true);
      expect(ProfileFieldsSchema.partial().strict().safeParse(row.fields).success).toBe(true);
      expect(missingFields(readProfile(row).fields)).toEqual([]);
    }
  });

  it("varies like a real community: anxiety and depression lead, many time zones and languages, evening and weekend hours", async () => {
    const rows = await db.selectFrom("matching_profiles").selectAll().execute();
    const profiles = rows.map((r) => readProfile(r));
    const menteeIds = new Set(community.mentees.map((m) => m.id));
    const primaries = count(
      rows.filter((r) => menteeIds.has(r.user_id)),
      (r) => readProfile(r).fields.challenges?.find((c) => c.primary)?.id ?? "",
    );
    const top = [...primaries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id]) => id);
    expect(new Set(top)).toEqual(new Set(["anxiety_management", "depression_recovery"]));
    const zones = new Set(profiles.map((p) => p.fields.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(15);
    expect(new Set([...zones].map((z) => z?.split("/")[0])).size).toBeGreaterThanOrEqual(5);
    const languages = new Set(profiles.flatMap((p) => (p.fields.languages ?? []).map((l) => l.code)));
    for (const code of ["en", "es", "pt", "fr", "de", "hi", "fil", "ar"]) expect(languages).toContain(code);
    const english = profiles.filter((p) => p.fields.languages?.some((l) => l.code === "en")).length;
    expect(english / profiles.length).toBeGreaterThan(0.75);
    // Local hours people keep free: almost nothing between midnight and seven.
    const slots = profiles.flatMap((p) => p.fields.availability ?? []);
    expect(slots.filter((s) => s.hour < 7).length).toBe(0);
    expect(slots.filter((s) => s.hour >= 18 || s.day >= 5).length / slots.length).toBeGreaterThan(0.5);
    expect(profiles.filter((p) => p.fields.story).length).toBeGreaterThan(50);
    const customised = profiles.filter(
      (p) => p.visibility.challenges === "private" || p.visibility.story === "shared_with_match",
    );
    expect(customised.length).toBeGreaterThan(0);
  });

  it("keeps score histories scored by the measures library, with improvement, no change and deterioration", async () => {
    const rows = await db.selectFrom("measure_responses").selectAll().orderBy("completed_at").execute();
    expect(rows.every((r) => r.status === "complete")).toBe(true);
    for (const r of rows) {
      const result = scoreQuestionnaire(r.instrument, r.answers);
      if (result.status === "draft") throw new Error("draft stored as complete");
      expect([r.total, r.score, r.band]).toEqual([result.total, comparedScore(result), result.band]);
    }
    const byMember = new Map<string, typeof rows>();
    for (const r of rows) byMember.set(r.user_id, [...(byMember.get(r.user_id) ?? []), r]);
    for (const m of members())
      expect(
        byMember.get(m.id)?.some((r) => r.instrument === "phq9"),
        m.email,
      ).toBe(true);
    expect(rows.some((r) => r.instrument === "pss10")).toBe(true);
    const directions = new Map<string, number>();
    for (const id of ["phq9", "gad7", "who5"] as QuestionnaireId[]) {
      for (const list of byMember.values()) {
        const own = list.filter((r) => r.instrument === id);
        if (own.length < 3) continue;
        const change = changeSinceBaseline(id, own[0]!.score!, own.at(-1)!.score!);
        directions.set(change.direction, (directions.get(change.direction) ?? 0) + 1);
      }
    }
    expect(directions.get("improved")).toBeGreaterThan(directions.get("worsened") ?? 0);
    expect(directions.get("worsened")).toBeGreaterThan(0);
    expect(directions.get("no reliable change")).toBeGreaterThan(0);
    // Four-weekly: no two PHQ-9s of one member closer than three weeks.
    for (const list of byMember.values()) {
      const times = list.filter((r) => r.instrument === "phq9").map((r) => r.completed_at!.getTime());
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(21 * DAY);
    }
  });

  it("follows every PHQ-9 item 9 above 0 with a safety screening, and routes every screening by the C-SSRS rules", async () => {
    const screenings = await db.selectFrom("screenings").selectAll().execute();
    expect(screenings.every((s) => s.status === "complete")).toBe(true);
    for (const s of screenings) {
      const routed = routeCssrs(s.answers as CssrsAnswers);
      expect(routed.status === "complete" && routed.risk).toBe(s.risk);
    }
    for (const m of members())
      expect(
        screenings.some((s) => s.user_id === m.id),
        m.email,
      ).toBe(true);
    const positives = await db.selectFrom("measure_responses").selectAll().where("instrument", "=", "phq9").execute();
    const flagged = positives.filter((r) => (r.answers.item9 ?? 0) > 0);
    expect(flagged.length).toBeGreaterThan(5);
    for (const r of flagged) {
      const after = screenings.filter(
        (s) =>
          s.user_id === r.user_id &&
          s.completed_at! >= r.completed_at! &&
          s.completed_at!.getTime() - r.completed_at!.getTime() < DAY,
      );
      expect(after.length, `PHQ-9 ${r.id}`).toBeGreaterThan(0);
    }
    const open = await db.selectFrom("screening_requests").selectAll().where("fulfilled_at", "is", null).execute();
    expect(open).toEqual([]);
    const levels = count(screenings, (s) => s.risk ?? "");
    expect(levels.get("none")! + levels.get("low")!).toBeGreaterThan(0.9 * screenings.length);
  });

  it("has moderate and high-risk cases open, high ones holding matching, and resolved cases whose hold was cleared", async () => {
    const cases = await db.selectFrom("safety_cases").selectAll().execute();
    const holds = await db.selectFrom("matching_holds").selectAll().execute();
    const heldNow = cases.filter(
      (c) => c.risk === "high" && c.status !== "resolved" && holds.some((h) => h.case_id === c.id && !h.cleared_at),
    );
    expect(heldNow.length).toBeGreaterThanOrEqual(1);
    expect(cases.filter((c) => c.risk === "moderate" && c.status !== "resolved").length).toBeGreaterThanOrEqual(1);
    expect(cases.some((c) => c.status === "assigned")).toBe(true);
    const resolved = cases.filter((c) => c.status === "resolved");
    expect(resolved.length).toBeGreaterThanOrEqual(1);
    expect(resolved.length).toBeLessThanOrEqual(2);
    for (const c of resolved) {
      expect(holds.find((h) => h.case_id === c.id)?.cleared_at).toBeTruthy();
      expect(c.resolution_note?.length).toBeGreaterThan(10);
    }
    // Moderate cases never hold matching; every high case did.
    for (const c of cases) expect(holds.some((h) => h.case_id === c.id)).toBe(c.risk === "high");
    const actions = await db.selectFrom("audit_events").select("action").where("action", "like", "safety.%").execute();
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        "safety.case_opened",
        "safety.matching_hold_set",
        "safety.case_assigned",
        "safety.case_resolved",
        "safety.matching_hold_cleared",
      ]),
    );
  });

  it("takes every mentor through the pipeline to active (one paused) with valid applications, and has applicants at earlier stages", async () => {
    const apps = await db.selectFrom("mentor_applications").selectAll().execute();
    const covered = new Set<SpecialisationId>();
    for (const mentor of community.mentors) {
      const row = apps.find((a) => a.user_id === mentor.id);
      if (!row) throw new Error(`${mentor.email} has no application`);
      const detail = presentApplicationDetail(
        (await findApplication(db, row.id))!,
        await listApplicationEvents(db, row.id),
      );
      expect(detail.mentorTypes[0]).toBe(SHARED_MENTOR_TYPE[mentor.mentorType]);
      expect(detail.history.map((h) => h.to).slice(0, 5)).toEqual([
        "applied",
        "interview",
        "background_verification",
        "training",
        "active",
      ]);
      expect(detail.capacity).toBeGreaterThanOrEqual(1);
      expect(detail.capacity).toBeLessThanOrEqual(5);
      expect(detail.references).toHaveLength(2);
      if (mentor.mentorType === "recovery")
        expect(wholeMonthsBetween(row.stable_since, row.created_at)).toBeGreaterThanOrEqual(24);
      for (const s of detail.specialisations) covered.add(s);
      const audit = await db.selectFrom("audit_events").select("action").where("subject_id", "=", mentor.id).execute();
      expect(audit.filter((a) => a.action === "mentor_application.transitioned").length).toBe(
        detail.history.length - 1,
      );
    }
    expect(count(apps, (a) => a.status).get("paused")).toBe(1);
    for (const s of [
      "depression_recovery",
      "anxiety_management",
      "stress_management",
      "family_difficulties",
    ] as const) {
      expect(covered).toContain(s);
    }
    const stages = new Set(apps.filter((a) => !community.mentors.some((m) => m.id === a.user_id)).map((a) => a.status));
    for (const s of ["applied", "interview", "training", "rejected"]) expect(stages).toContain(s);
  });
});

describe("the demo's relationships", { timeout: 60_000 }, () => {
  it("has one at every stage, lived through the module's own actions, and leaves the memorable logins free", async () => {
    const rows = await db.selectFrom("relationships").selectAll().orderBy("started_at").execute();
    expect(rows.map((r) => [r.status, r.phase])).toEqual([
      ["graduated", "mastery_and_independence"],
      ["active", "mastery_and_independence"],
      ["active", "development_and_growth"],
      ["active", "introduction_and_exploration"],
      ["active", "introduction_and_exploration"],
      ["active", "introduction_and_exploration"],
    ]);
    expect(rows.filter((r) => r.rematch_offer === "low_fit")).toHaveLength(1);
    expect(rows.every((r) => r.assessment_opened_at === null || r.assessment_opened_at <= now)).toBe(true);
    const events = await db.selectFrom("relationship_events").select(["relationship_id", "action", "at"]).execute();
    expect(events.every((e) => e.at <= now)).toBe(true);
    for (const r of rows) expect(events.find((e) => e.relationship_id === r.id)?.action).toBe("start");
    expect(events.filter((e) => e.action === "graduate")).toHaveLength(1);
    const agreements = await db.selectFrom("relationship_agreements").select("version").execute();
    expect(Math.max(...agreements.map((a) => a.version))).toBe(2);
    const memorable = [
      community.mentees[0]?.id,
      ...MENTOR_TYPES.map((t) => community.mentors.find((m) => m.mentorType === t)?.id),
    ];
    expect(rows.some((r) => memorable.includes(r.mentee_id) || memorable.includes(r.mentor_id))).toBe(false);
  });
});
