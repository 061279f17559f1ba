import { randomUUID } from "node:crypto";
import type { MentorApplicationDetail, MentorApplicationStatus, OwnMentorApplication, Role } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { completeProfile } from "../../../test/profile-fixture.js";
import { findRoles } from "../users/user-repository.js";
import { insertApplication } from "./mentor-applications-repository.js";

let t: TestApp;
let supervisor: TestClient;
let supervisorId: string;
beforeAll(async () => {
  t = await createTestApp();
  const s = await signedInClient(t, { roles: ["supervisor"] });
  supervisor = s.client;
  supervisorId = s.user.id;
});
afterAll(() => t.close());

function application(overrides: Record<string, unknown> = {}) {
  return {
    mentorTypes: ["wellness_coach"],
    specialisations: ["stress_management", "sleep_hygiene"],
    livedExperience:
      "I lived with burnout and insomnia for years and rebuilt my days around rest, routine and asking for help.",
    stableSinceMonths: 30,
    capacity: 2,
    boundaries: "I am available on weekday evenings, never for crises, and I will say when something is beyond me.",
    references: [
      { name: "Sam Okafor", contact: "sam@example.test", relationship: "Former manager" },
      { name: "Priya Shah", contact: "+44 20 7946 0000", relationship: "Volunteer coordinator" },
    ],
    ...overrides,
  };
}

async function applicant(roles: Role[] = ["mentee"]) {
  const member = await signedInClient(t, { roles });
  expect((await member.client.put("/api/profile", completeProfile())).status).toBe(200);
  return member;
}

const INTERVIEW_SCORES = {
  livedExperienceReflection: 4,
  boundaryAwareness: 5,
  communication: 4,
  commitment: 3,
  safetyAwareness: 5,
};

async function move(id: string, to: MentorApplicationStatus, extra: Record<string, unknown> = {}) {
  return supervisor.post<MentorApplicationDetail>(`/api/mentor-applications/${id}/transition`, {
    to,
    reason: `Moving to ${to}`,
    ...extra,
  });
}

type ErrorBody = { error: { code: string; details?: { field: string }[] } };

describe("applying to mentor", () => {
  it("needs a complete matching profile", async () => {
    const { client } = await signedInClient(t);
    const res = await client.post("/api/mentor-applications", application());
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.details?.[0]?.field).toBe("profile");
  });

  it("refuses a recovery mentor with under 24 months of stable recovery, on that field", async () => {
    const { client } = await applicant();
    const recovery = { mentorTypes: ["recovery_mentor"], specialisations: ["depression_recovery"] };
    const months = await client.post("/api/mentor-applications", application({ ...recovery, stableSinceMonths: 23 }));
    expect(months.status).toBe(422);
    expect((months.body as ErrorBody).error.details?.[0]?.field).toBe("stableSinceMonths");

    const now = t.clock.now();
    const recent = new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate() + 1));
    const date = await client.post(
      "/api/mentor-applications",
      application({ ...recovery, stableSinceMonths: undefined, stableSince: recent.toISOString().slice(0, 10) }),
    );
    expect(date.status).toBe(422);
    expect((date.body as ErrorBody).error.details?.[0]?.field).toBe("stableSince");

    // A wellness coach has no minimum.
    const coach = await client.post("/api/mentor-applications", application({ stableSinceMonths: 3 }));
    expect(coach.status).toBe(201);
  });

  it("accepts a recovery mentor at exactly 24 months", async () => {
    const { client } = await applicant();
    const res = await client.post<OwnMentorApplication>(
      "/api/mentor-applications",
      application({ mentorTypes: ["recovery_mentor"], specialisations: ["ptsd_recovery"], stableSinceMonths: 24 }),
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("applied");
  });

  it("refuses specialisations outside the chosen mentor types, and a second open application", async () => {
    const { client } = await applicant();
    const wrong = await client.post("/api/mentor-applications", application({ specialisations: ["lgbtq_identity"] }));
    expect(wrong.status).toBe(400);
    expect((wrong.body as ErrorBody).error.details?.map((d) => d.field)).toContain("body.specialisations.0");
    expect((await client.post("/api/mentor-applications", application())).status).toBe(201);
    expect((await client.post("/api/mentor-applications", application())).status).toBe(409);
    const mine = await client.get<{ application: OwnMentorApplication }>("/api/mentor-applications/mine");
    expect(mine.body.application.status).toBe("applied");
  });
  it("answers two simultaneous applications with one 201 and one 409", async () => {
    const { client } = await applicant();
    const answers = await Promise.all([
      client.post("/api/mentor-applications", application()),
      client.post("/api/mentor-applications", application()),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });
});

// Only PostgreSQL runs two transactions at once; PGlite's single connection serialises them.
describe.runIf(process.env.TEST_DATABASE_URL)("two applications racing on PostgreSQL", () => {
  it("lets the one-open-application index refuse the second with 409, not 500", async () => {
    const { client, user } = await applicant();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted = () => {};
    const insertedYet = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const now = t.clock.now();
    const first = t.ctx.database.transaction(async (trx) => {
      await insertApplication(trx, {
        user_id: user.id,
        status: "applied",
        mentor_types: JSON.stringify(["wellness_coach"]),
        specialisations: JSON.stringify(["stress_management"]),
        lived_experience: "x".repeat(60),
        stable_since: now,
        capacity: 1,
        boundaries: "x".repeat(30),
        mentor_references: JSON.stringify([]),
        status_changed_at: now,
      });
      inserted();
      await held;
    });
    await insertedYet;
    // The uncommitted row is invisible to the second request's check, so it reaches the index and waits there.
    const second = client.post("/api/mentor-applications", application());
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await first;
    const res = await second;
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.details?.[0]?.field).toBe("application");
  });
});

describe("the supervisor pipeline", () => {
  it("takes an application from applied to active: rubric, verification, mentor role and a notification", async () => {
    const { client, user } = await applicant();
    const applied = await client.post<OwnMentorApplication>("/api/mentor-applications", application());
    const id = applied.body.id;

    const queue = await supervisor.get<{ applications: { id: string }[] }>("/api/mentor-applications?status=applied");
    expect(queue.body.applications.map((a) => a.id)).toContain(id);

    const detail = await supervisor.get<MentorApplicationDetail>(`/api/mentor-applications/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.references).toHaveLength(2);
    const viewed = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "staff.viewed_application")
      .where("subject_id", "=", user.id)
      .execute();
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ actor_id: supervisorId });

    expect((await move(id, "interview")).status).toBe(200);
    const noScores = await move(id, "background_verification");
    expect(noScores.status).toBe(422);
    expect((noScores.body as unknown as ErrorBody).error.details?.[0]?.field).toBe("interviewScores");
    expect((await move(id, "background_verification", { interviewScores: INTERVIEW_SCORES })).status).toBe(200);
    const failed = await move(id, "training", { verification: { verifiedBy: "Ana Ruiz", outcome: "failed" } });
    expect(failed.status).toBe(422);
    expect((await move(id, "training", { verification: { verifiedBy: "Ana Ruiz", outcome: "passed" } })).status).toBe(
      200,
    );
    expect(await findRoles(t.ctx.db, user.id)).toEqual(["mentee"]);
    const active = await move(id, "active");
    expect(active.status).toBe(200);
    expect(active.body.status).toBe("active");
    expect(active.body.history.map((h) => h.to)).toEqual([
      "applied",
      "interview",
      "background_verification",
      "training",
      "active",
    ]);
    expect(active.body.history[2]?.interviewScores).toEqual(INTERVIEW_SCORES);
    expect(active.body.history[3]?.verification).toEqual({ verifiedBy: "Ana Ruiz", outcome: "passed" });

    expect(await findRoles(t.ctx.db, user.id)).toEqual(["mentee", "mentor"]);
    const session = await client.get<{ user: { roles: Role[] } }>("/api/auth/session");
    expect(session.body.user.roles).toContain("mentor");
    const notes = await t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", user.id).execute();
    expect(notes.map((n) => n.title)).toContain("You are now a peer mentor");
    expect(notes.every((n) => !n.body.includes("Moving to"))).toBe(true);

    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "mentor_application.transitioned")
      .where("subject_id", "=", user.id)
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => [a.details.from, a.details.to])).toEqual([
      ["applied", "interview"],
      ["interview", "background_verification"],
      ["background_verification", "training"],
      ["training", "active"],
    ]);
    expect(audit[3]?.details).toEqual({
      applicationId: id,
      from: "training",
      to: "active",
      reason: "Moving to active",
    });

    // The active mentor sets capacity and pauses new matches.
    const prefs = await client.patch<OwnMentorApplication>("/api/mentor-applications/mine/preferences", {
      capacity: 4,
      pauseNewMatches: true,
    });
    expect(prefs.status).toBe(200);
    expect(prefs.body).toMatchObject({ capacity: 4, pauseNewMatches: true });

    expect((await move(id, "paused")).status).toBe(200);
    expect((await move(id, "active")).status).toBe(200);
    expect((await move(id, "retired")).status).toBe(200);
    expect(await findRoles(t.ctx.db, user.id)).toEqual(["mentee"]);
  });

  it("refuses transitions the pipeline does not allow with 409", async () => {
    const { client } = await applicant();
    const { body } = await client.post<OwnMentorApplication>("/api/mentor-applications", application());
    for (const to of ["active", "training", "background_verification", "paused", "retired", "applied"] as const) {
      const res = await move(
        body.id,
        to,
        to === "background_verification" ? { interviewScores: INTERVIEW_SCORES } : {},
      );
      expect({ to, status: res.status }).toEqual({ to, status: 409 });
    }
    expect((await move(body.id, "rejected")).status).toBe(200);
    expect((await move(body.id, "interview")).status).toBe(409);
    // Rejection closes the application, so the member may apply again.
    expect((await client.post("/api/mentor-applications", application())).status).toBe(201);
  });

  it("does not let a supervisor decide their own application, and 404s an unknown one", async () => {
    const own = await applicant(["supervisor"]);
    const { body } = await own.client.post<OwnMentorApplication>("/api/mentor-applications", application());
    const self = await own.client.post(`/api/mentor-applications/${body.id}/transition`, {
      to: "interview",
      reason: "Myself",
    });
    expect(self.status).toBe(403);
    expect((await move(randomUUID(), "interview")).status).toBe(404);
  });

  it("keeps mentees out of the supervisor routes (403) and preferences for non-mentors (409)", async () => {
    const { client } = await applicant();
    const { body } = await client.post<OwnMentorApplication>("/api/mentor-applications", application());
    expect((await client.get("/api/mentor-applications")).status).toBe(403);
    expect((await client.get(`/api/mentor-applications/${body.id}`)).status).toBe(403);
    const self = await client.post(`/api/mentor-applications/${body.id}/transition`, { to: "interview", reason: "me" });
    expect(self.status).toBe(403);
    expect((await client.patch("/api/mentor-applications/mine/preferences", { capacity: 3 })).status).toBe(409);
  });
});
