import type { MentorApplicationPrefill, RelationshipDetail } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { completeProfile } from "../../../test/profile-fixture.js";
import { DAY, HOUR, ManualClock } from "../../lib/clock.js";
import { relationshipOutcomes } from "./outcome-labels.js";
import { goalsOf } from "./phases.js";

// Starts at the real time: the test client drops cookies whose expiry has passed by the wall clock.
const clock = new ManualClock(new Date());
let t: TestApp;
type Person = Awaited<ReturnType<typeof member>>;
let mentee: Person;
let mentor: Person;

beforeAll(async () => {
  t = await createTestApp({ clock });
  mentee = await member(t);
  mentor = await member(t, { roles: ["mentee", "mentor"] });
  expect((await mentee.client.put("/api/profile", completeProfile())).status).toBe(200);
});
afterAll(() => t.close());

async function relationship(
  options: { daysAgo?: number; phase?: string; matchId?: string | null } = {},
): Promise<string> {
  const started = new Date(clock.now().getTime() - (options.daysAgo ?? 0) * DAY);
  const row = await t.ctx.db
    .insertInto("relationships")
    .values({
      mentee_id: mentee.user.id,
      mentor_id: mentor.user.id,
      match_id: options.matchId ?? null,
      status: "active",
      phase: options.phase ?? "introduction_and_exploration",
      started_at: started,
      phase_started_at: started,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const view = async (client: TestClient, id: string) =>
  (await client.get<RelationshipDetail>(`/api/relationships/${id}`)).body;
const notices = async (userId: string, kind: string, relationshipId: string) =>
  (
    await t.ctx.db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", userId)
      .where("kind", "=", kind)
      .where("link", "=", `/relationships/${relationshipId}`)
      .execute()
  ).length;
async function runJob(name: string) {
  await t.jobs.send(name, {});
  expect(await t.jobs.runPending(name, t.ctx)).toBe(1);
}

const TERMS = {
  meetingFrequency: "Every week, Tuesday evening",
  communicationMethods: ["Video call", "In-app messages"],
  boundaries: "No calls after 21:00; crises go to a crisis line.",
  goals: "Leave the house for a short walk three times a week.",
  expectedDuration: "Six months",
};

describe("the agreement", () => {
  it("is proposed, signed by both, changed as a new version both sign", async () => {
    const id = await relationship();
    expect((await view(mentor.client, id)).nextStep.kind).toBe("propose_agreement");
    const bad = await mentee.client.post(`/api/relationships/${id}/agreement`, { terms: { ...TERMS, goals: "" } });
    expect(bad.status).toBe(400);
    const proposed = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/agreement`, {
      terms: TERMS,
    });
    expect(proposed.body.agreement.pending).toMatchObject({ version: 1, proposedBy: "mentee", mentorSignedAt: null });
    expect(proposed.body.agreement.current).toBeNull();
    expect((await view(mentor.client, id)).nextStep.kind).toBe("sign_agreement");
    expect(await notices(mentor.user.id, "relationships.agreement_proposed", id)).toBe(1);
    expect((await mentee.client.post(`/api/relationships/${id}/agreement/1/sign`, {})).status).toBe(409);

    const signed = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/agreement/1/sign`, {});
    expect(signed.body.agreement.current?.version).toBe(1);
    expect(signed.body.agreement.pending).toBeNull();

    const change = { ...TERMS, meetingFrequency: "Every other week" };
    const changed = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/agreement`, {
      terms: change,
    });
    expect(changed.body.agreement.current?.terms.meetingFrequency).toBe(TERMS.meetingFrequency);
    expect(changed.body.agreement.pending?.version).toBe(2);
    expect((await mentee.client.post(`/api/relationships/${id}/agreement/1/sign`, {})).status).toBe(409);
    expect((await mentee.client.post(`/api/relationships/${id}/agreement/9/sign`, {})).status).toBe(404);
    const final = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/agreement/2/sign`, {});
    expect(final.body.agreement.current?.terms.meetingFrequency).toBe("Every other week");
  });
});

describe("the checklist and phases", () => {
  it("ticks goals of this phase, and moves on only when both confirm", async () => {
    const id = await relationship();
    const ticked = await mentee.client.put<RelationshipDetail>(
      `/api/relationships/${id}/checklist/intro_personal_story_sharing`,
      { done: true },
    );
    expect(ticked.body.checklists[0]?.goals[0]).toMatchObject({ done: true, tickedBy: "mentee" });
    expect(
      (await mentee.client.put(`/api/relationships/${id}/checklist/growth_challenge_discussion`, { done: true }))
        .status,
    ).toBe(409);
    expect((await mentee.client.put(`/api/relationships/${id}/checklist/no_such_goal`, { done: true })).status).toBe(
      422,
    );
    const untick = await mentor.client.put<RelationshipDetail>(
      `/api/relationships/${id}/checklist/intro_personal_story_sharing`,
      { done: false },
    );
    expect(untick.body.checklists[0]?.done).toBe(0);

    const wrong = await mentee.client.post(`/api/relationships/${id}/phase/confirm`, {
      toPhase: "mastery_and_independence",
    });
    expect(wrong.status).toBe(409);
    const first = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/phase/confirm`, {
      toPhase: "development_and_growth",
    });
    expect(first.body.phase.current).toBe("introduction_and_exploration");
    expect(first.body.phase.menteeConfirmedAt).not.toBeNull();
    expect((await view(mentor.client, id)).nextStep.kind).toBe("confirm_phase");
    const both = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/phase/confirm`, {
      toPhase: "development_and_growth",
    });
    expect(both.body.phase).toMatchObject({ current: "development_and_growth", menteeConfirmedAt: null });
    expect(both.body.events.at(-1)).toMatchObject({ action: "advance_phase", toPhase: "development_and_growth" });
    expect(await notices(mentee.user.id, "relationships.phase_advanced", id)).toBe(1);
  });
});

describe("scheduled jobs on the manual clock", () => {
  it("open the four-week check once at day 28 and suggest moving on once per phase", async () => {
    const id = await relationship({ daysAgo: 27 });
    await runJob("relationships-assessment-prompt");
    await runJob("relationships-phase-suggestion");
    expect((await view(mentee.client, id)).assessment.status).toBe("not_open");
    expect(await notices(mentee.user.id, "relationships.assessment_open", id)).toBe(0);
    const early = await mentee.client.post(`/api/relationships/${id}/assessment`, { answers: answers(4) });
    expect(early.status).toBe(409);

    clock.advance(DAY + HOUR);
    await runJob("relationships-assessment-prompt");
    await runJob("relationships-assessment-prompt");
    await runJob("relationships-phase-suggestion");
    await runJob("relationships-phase-suggestion");
    for (const person of [mentee, mentor]) {
      expect(await notices(person.user.id, "relationships.assessment_open", id)).toBe(1);
      expect(await notices(person.user.id, "relationships.phase_suggested", id)).toBe(1);
    }
    const detail = await view(mentee.client, id);
    expect(detail.assessment.status).toBe("open");
    expect(detail.phase.suggestion?.reasons).toEqual(["time"]);
  });

  it("suggest moving on when the checklist is done, before the time is up", async () => {
    const id = await relationship({ daysAgo: 3 });
    for (const goal of goalsOf("introduction_and_exploration")) {
      await mentee.client.put(`/api/relationships/${id}/checklist/${goal.id}`, { done: true });
    }
    await runJob("relationships-phase-suggestion");
    expect(await notices(mentor.user.id, "relationships.phase_suggested", id)).toBe(1);
    expect((await view(mentor.client, id)).phase.suggestion?.reasons).toEqual(["checklist"]);
  });
});

function answers(v: number) {
  return { comfort: v, understanding: v, communication: v, practicalities: v, hope: v };
}

/** The least a relationship needs to have come from a match: a run, proposal, option and offer. */
async function matchedOffer(): Promise<string> {
  const now = clock.now();
  const db = t.ctx.db;
  const run = await db
    .insertInto("match_runs")
    .values({
      kind: "single",
      status: "completed",
      started_by: null,
      mentee_id: null,
      created_at: now,
      started_at: now,
      finished_at: now,
      stats: null,
      error: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const proposal = await db
    .insertInto("match_proposals")
    .values({
      run_id: run.id,
      mentee_id: mentee.user.id,
      status: "matched",
      chosen_option_id: null,
      flag_reason: null,
      closed_reason: null,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const breakdown = { ruleTotal: 0.7, criteria: [{ criterion: "similar_life_challenges", score: 0.9 }], reasons: [] };
  const option = await db
    .insertInto("match_options")
    .values({
      proposal_id: proposal.id,
      mentor_id: mentor.user.id,
      rank: 1,
      source: "algorithm",
      status: "accepted",
      total: 0.7,
      breakdown: JSON.stringify(breakdown),
      decided_by: null,
      decision_reason: null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = await db
    .insertInto("match_offers")
    .values({
      proposal_id: proposal.id,
      option_id: option.id,
      mentee_id: mentee.user.id,
      mentor_id: mentor.user.id,
      status: "accepted",
      approval: "approved",
      approved_by: null,
      approval_reason: null,
      mentee_accepted_at: now,
      mentor_accepted_at: now,
      declined_by: null,
      decline_reason: null,
      mentor_reminded_at: null,
      created_at: now,
      expires_at: now,
      resolved_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return offer.id;
}

describe("the four-week check", () => {
  it("turns a low fit into suggestions and a rematch offer, and into a label for the matching model", async () => {
    const id = await relationship({ daysAgo: 30, matchId: await matchedOffer() });
    const first = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/assessment`, {
      answers: answers(2),
      comment: "We never seem to find a time.",
    });
    expect(first.body.assessment).toMatchObject({ youAnswered: true, peerAnswered: false, result: null });
    expect((await mentee.client.post(`/api/relationships/${id}/assessment`, { answers: answers(2) })).status).toBe(409);
    expect((await mentor.client.post(`/api/relationships/${id}/assessment`, { answers: { comfort: 6 } })).status).toBe(
      400,
    );
    const second = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/assessment`, {
      answers: answers(4),
    });
    expect(second.body.assessment.result).toMatchObject({ fitScore: 3, lowFit: true });
    expect(second.body.assessment.result?.suggestions.length).toBeGreaterThan(0);
    expect(second.body.rematchOffer).toBeNull();
    expect(second.body.allowedActions).not.toContain("rematch");

    const menteeView = await view(mentee.client, id);
    expect(menteeView.rematchOffer?.reason).toBe("low_fit");
    expect(menteeView.allowedActions).toContain("rematch");
    expect(await notices(mentee.user.id, "relationships.low_fit", id)).toBe(1);

    const { relationships } = await relationshipOutcomes(t.ctx.db, clock.now());
    expect(relationships.find((r) => r.id === id)).toMatchObject({
      status: "ongoing",
      earlyFit: 3,
      ruleScore: 0.7,
      criteria: { similar_life_challenges: 0.9 },
    });

    const rematched = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/rematch`, {});
    expect(rematched.body.status).toBe("rematched");
    expect(rematched.body.closeReason).toBe("poor_fit");
    expect(rematched.body.events.slice(-2).map((e) => e.action)).toEqual(["close", "rematch"]);
    expect(await notices(mentor.user.id, "relationships.closed", id)).toBe(1);
    const after = await relationshipOutcomes(t.ctx.db, clock.now());
    expect(after.relationships.find((r) => r.id === id)?.status).toBe("ended_early");
  });
});

describe("graduation", () => {
  it("is planned and confirmed by both in the last phase, then opens a prefilled mentor application", async () => {
    const early = await relationship();
    expect((await mentee.client.post(`/api/relationships/${early}/graduation/confirm`, {})).status).toBe(409);
    expect(
      (
        await mentee.client.put(`/api/relationships/${early}/graduation-plan`, {
          plan: "A plan for the end",
          targetDate: "2027-06-30",
        })
      ).status,
    ).toBe(409);

    const id = await relationship({ daysAgo: 360, phase: "mastery_and_independence" });
    expect((await mentee.client.post(`/api/relationships/${id}/graduation/confirm`, {})).status).toBe(409);
    const bad = await mentee.client.put(`/api/relationships/${id}/graduation-plan`, {
      plan: "Short",
      targetDate: "soon",
    });
    expect(bad.status).toBe(400);
    const plan = { plan: "Last two sessions look back and forward; then a final coffee.", targetDate: "2027-06-30" };
    expect((await mentor.client.put(`/api/relationships/${id}/graduation-plan`, plan)).status).toBe(200);
    const half = await mentee.client.post<RelationshipDetail>(`/api/relationships/${id}/graduation/confirm`, {});
    expect(half.body.status).toBe("active");
    expect((await view(mentor.client, id)).nextStep.kind).toBe("confirm_graduation");
    expect((await mentee.client.get("/api/relationships/mentor-application-prefill")).status).toBe(404);

    const done = await mentor.client.post<RelationshipDetail>(`/api/relationships/${id}/graduation/confirm`, {});
    expect(done.body.status).toBe("graduated");
    expect(done.body.graduation.graduatedAt).not.toBeNull();
    expect(await notices(mentee.user.id, "relationships.graduated", id)).toBe(1);
    expect(await notices(mentor.user.id, "relationships.graduated", id)).toBe(1);
    expect((await view(mentee.client, id)).nextStep.kind).toBe("apply_as_mentor");

    const prefill = await mentee.client.get<MentorApplicationPrefill>("/api/relationships/mentor-application-prefill");
    expect(prefill.status).toBe(200);
    expect(prefill.body.relationshipId).toBe(id);
    expect(prefill.body.prefill.specialisations).toContain("anxiety_management");
    expect(prefill.body.prefill.mentorTypes).toContain("recovery_mentor");
    expect(prefill.body.prefill.livedExperience).toMatch(/panic attacks/);
    expect((await mentor.client.get("/api/relationships/mentor-application-prefill")).status).toBe(404);

    const list = await mentee.client.get<{ relationships: { id: string; status: string }[] }>("/api/relationships");
    expect(list.body.relationships.find((r) => r.id === id)?.status).toBe("graduated");
  });
});
