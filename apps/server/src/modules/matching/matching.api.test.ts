import {
  type AccountExport,
  AccountExportSchema,
  type Introduction,
  type MatchOffer,
  type MatchProposal,
  type MatchRun,
  type MyMatchOptions,
} from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import {
  activeMentor,
  type ErrorBody,
  member,
  notificationsOf,
  offers,
  onlyLanguage,
  options,
  readyMentee,
  runRecommendations,
} from "../../../test/matching-fixture.js";

let t: TestApp;
let reviewer: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = (await member(t, { roles: ["match_reviewer"] })).client;
});
afterAll(() => t.close());

const recommend = () => runRecommendations(t);

describe("a batch run to a started relationship", () => {
  it("runs, proposes with reasons, lets the mentee choose, and starts the match once the mentor accepts", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("fi"), displayName: "Aino" });
    const mentee = await readyMentee(t, {
      ...onlyLanguage("fi"),
      story: "A private story about panic attacks that only I should read.",
    });

    const started = await reviewer.post<MatchRun>("/api/matching/runs");
    expect(started.status).toBe(202);
    expect(started.body.status).toBe("queued");
    const again = await reviewer.post("/api/matching/runs");
    expect(again.status).toBe(409);
    expect(await t.jobs.runPending("matching-run", t.ctx)).toBe(1);
    const runs = await reviewer.get<{ runs: MatchRun[] }>("/api/matching/runs?kind=batch");
    const run = runs.body.runs.find((r) => r.id === started.body.id);
    expect(run?.status).toBe("completed");
    expect(run?.stats?.proposals).toBeGreaterThanOrEqual(1);
    expect((await reviewer.get<MatchRun>(`/api/matching/runs/${started.body.id}`)).body.id).toBe(started.body.id);

    const mine = await options(mentee.client);
    expect(mine.proposal?.options).toHaveLength(1);
    const option = mine.proposal?.options[0];
    expect(option?.mentor.displayName).toBe("Aino");
    expect(option?.reasons.length).toBeGreaterThan(0);
    expect(option?.mentor).not.toHaveProperty("story");
    expect((await notificationsOf(mentee.client)).map((n) => n.kind)).toContain("matching.options_ready");

    const chosen = await mentee.client.post<MyMatchOptions>(`/api/matching/options/${option?.id}/choose`);
    expect(chosen.status).toBe(200);
    expect(chosen.body.proposal?.chosenOptionId).toBe(option?.id);

    const queue = await reviewer.get<{ proposals: MatchProposal[] }>("/api/matching/review");
    const proposal = queue.body.proposals.find((p) => p.id === mine.proposal?.id);
    expect(proposal?.selectedOptionId).toBe(option?.id);
    const breakdown = proposal?.options[0]?.breakdown;
    expect(Object.keys(breakdown?.dimensions ?? {})).toHaveLength(4);
    expect(breakdown?.criteria).toHaveLength(16);
    expect(breakdown?.total).toBeGreaterThan(0);

    const approved = await reviewer.post<MatchProposal>(`/api/matching/proposals/${proposal?.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe("offered");
    expect((await reviewer.post(`/api/matching/proposals/${proposal?.id}/approve`, {})).status).toBe(409);
    expect((await mentee.client.post(`/api/matching/options/${option?.id}/choose`)).status).toBe(409);

    // Choosing counted as the mentee's acceptance; the mentor sees only what the mentee shares.
    const [menteeOffer] = await offers(mentee.client);
    expect(menteeOffer?.yourResponse).toBe("accepted");
    const [mentorOffer] = await offers(mentor.client);
    expect(mentorOffer?.role).toBe("mentor");
    expect(mentorOffer?.peer.displayName).toBe(mentee.user.displayName);
    // Each side can block the other from the offer: it names the other's member id.
    expect([menteeOffer?.peerId, mentorOffer?.peerId]).toEqual([mentor.user.id, mentee.user.id]);
    const seen = JSON.stringify(mentorOffer);
    for (const hidden of ["private story", "tipi", "answers", "risk", "screening"]) expect(seen).not.toContain(hidden);
    expect((await notificationsOf(mentor.client)).map((n) => n.kind)).toContain("matching.offer");

    const accepted = await mentor.client.post<MatchOffer>(`/api/matching/offers/${mentorOffer?.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("accepted");
    const relationshipId = accepted.body.relationshipId;
    expect(relationshipId).toBeTruthy();

    for (const [client, role] of [
      [mentee.client, "mentee"],
      [mentor.client, "mentor"],
    ] as const) {
      const intro = await client.get<Introduction>(`/api/matching/relationships/${relationshipId}/introduction`);
      expect(intro.status).toBe(200);
      expect(intro.body.yourRole).toBe(role);
      expect(intro.body.mentor.displayName).toBe("Aino");
      expect(intro.body.mentee.displayName).toBe(mentee.user.displayName);
      expect(intro.body.reasons.length).toBeGreaterThan(0);
      expect(intro.body.nextSteps.length).toBeGreaterThan(0);
      expect(JSON.stringify(intro.body)).not.toContain("private story");
      const started = (await notificationsOf(client)).find((n) => n.kind === "matching.started");
      expect(started?.link).toBe(`/matches/${relationshipId}`);
      const list = await client.get<{ relationships: { id: string; role: string }[] }>("/api/matching/relationships");
      expect(list.body.relationships).toEqual([expect.objectContaining({ id: relationshipId, role })]);
    }
    const outsider = await member(t);
    expect((await outsider.client.get(`/api/matching/relationships/${relationshipId}/introduction`)).status).toBe(404);
    const history = await mentee.client.get<{ events: { action: string; actor: string }[] }>(
      `/api/relationships/${relationshipId}`,
    );
    expect(history.body.events).toEqual([expect.objectContaining({ action: "start", actor: "mentor" })]);

    // The member's own data export carries the match as they see it.
    const exported = await mentee.client.get<AccountExport>("/api/account/export");
    expect(AccountExportSchema.parse(exported.body).matching.relationships).toEqual([
      expect.objectContaining({ id: relationshipId, role: "mentee" }),
    ]);
    expect(exported.body.matching.offers[0]?.status).toBe("accepted");

    const actions = await t.ctx.db.selectFrom("audit_events").select("action").execute();
    for (const action of ["matching.run_started", "matching.proposal_approved", "matching.relationship_started"]) {
      expect(actions.map((a) => a.action)).toContain(action);
    }
    // Matched mentees are not proposed again.
    await reviewer.post("/api/matching/runs");
    await t.jobs.runPending("matching-run", t.ctx);
    expect((await options(mentee.client)).proposal).toBeNull();
  });
});

describe("recommendations for a newly cleared mentee", () => {
  it("come from the single-mentee job, up to three, best first", async () => {
    for (const name of ["Bo", "Cy", "Di", "Ed"])
      await activeMentor(t, { profile: onlyLanguage("sv"), displayName: name });
    const mentee = await readyMentee(t, onlyLanguage("sv"));
    await recommend();
    const mine = await options(mentee.client);
    expect(mine.proposal?.options.map((o) => o.rank)).toEqual([1, 2, 3]);
    const runs = await reviewer.get<{ runs: MatchRun[] }>("/api/matching/runs?kind=single");
    expect(runs.body.runs.some((r) => r.status === "completed" && r.stats?.proposals === 1)).toBe(true);
  });

  it("wait for a safety hold to clear, then arrive", async () => {
    await activeMentor(t, { profile: onlyLanguage("cy") });
    const held = await readyMentee(t, onlyLanguage("cy"), {
      q1: true,
      q2: true,
      q3: true,
      q4: true,
      q5: false,
      q6: false,
    });
    await recommend();
    expect((await options(held.client)).proposal).toBeNull();
    const safety = await member(t, { roles: ["safety"] });
    const safetyCase = await t.ctx.db
      .selectFrom("safety_cases")
      .select("id")
      .where("user_id", "=", held.user.id)
      .executeTakeFirstOrThrow();
    const resolved = await safety.client.post(`/api/safety/cases/${safetyCase.id}/resolve`, {
      note: "Spoke with them; a safety plan is in place",
      clearMatchingHold: true,
    });
    expect(resolved.status).toBe(200);
    await recommend();
    expect((await options(held.client)).proposal?.options).toHaveLength(1);
  });
});

describe("blocks and who may see what", () => {
  it("blocks only members met through matching, and a block stops the pair", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("de") });
    const mentee = await readyMentee(t, onlyLanguage("de"));
    const stranger = await member(t);
    await recommend();
    const proposalId = (await options(mentee.client)).proposal?.id;

    const noMeeting = await mentee.client.post("/api/matching/blocks", { memberId: stranger.user.id });
    expect(noMeeting.status).toBe(422);
    expect((noMeeting.body as ErrorBody).error.details?.[0]?.field).toBe("memberId");
    expect((await mentee.client.post("/api/matching/blocks", { memberId: mentee.user.id })).status).toBe(422);
    expect((await mentee.client.post("/api/matching/blocks", { memberId: "nope" })).status).toBe(400);
    const blocked = await mentee.client.post<{ blocks: { memberId: string }[] }>("/api/matching/blocks", {
      memberId: mentor.user.id,
    });
    expect(blocked.status).toBe(201);
    expect(blocked.body.blocks.map((b) => b.memberId)).toEqual([mentor.user.id]);

    const approve = await reviewer.post(`/api/matching/proposals/${proposalId}/approve`, {});
    expect(approve.status).toBe(409);
    expect(JSON.stringify(approve.body)).toMatch(/blocked/i);

    const lifted = await mentee.client.request<{ blocks: unknown[] }>(
      "DELETE",
      `/api/matching/blocks/${mentor.user.id}`,
    );
    expect(lifted.body.blocks).toEqual([]);
    expect((await reviewer.post(`/api/matching/proposals/${proposalId}/approve`, {})).status).toBe(200);
  });

  it("fills a mentor's last place once when two reviewers approve at the same moment", async () => {
    await activeMentor(t, { profile: onlyLanguage("lv"), capacity: 1 });
    const first = await readyMentee(t, onlyLanguage("lv"));
    const second = await readyMentee(t, onlyLanguage("lv"));
    await recommend();
    const ids = [(await options(first.client)).proposal?.id, (await options(second.client)).proposal?.id];
    expect(ids.every(Boolean)).toBe(true);
    const answers = await Promise.all(ids.map((id) => reviewer.post(`/api/matching/proposals/${id}/approve`, {})));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it("writes the reasons people read only from fields both members share", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("is") });
    const mentee = await readyMentee(t, {
      ...onlyLanguage("is"),
      visibility: { goals: "private", challenges: "private", recoveryStage: "private" },
    });
    await recommend();
    const proposal = (await options(mentee.client)).proposal;
    expect(proposal?.options).toHaveLength(1);
    await reviewer.post(`/api/matching/proposals/${proposal?.id}/approve`, {});
    const [offer] = await offers(mentor.client);
    const reviewed = await reviewer.get<MatchProposal>(`/api/matching/proposals/${proposal?.id}`);
    const seen = [offer?.reasons, proposal?.options[0]?.reasons, reviewed.body.options[0]?.breakdown.reasons];
    for (const reasons of seen) {
      expect(reasons?.length).toBeGreaterThan(0);
      const text = (reasons ?? []).join(" | ");
      // The mentee's goal text, challenge and stage are private here; personality answers are private by default.
      expect(text).not.toMatch(/sleep better|climbing|anxiety|career|ongoing recovery|outgoing|quieter/i);
    }
  });

  it("keeps options, offers and the review queue to the people they belong to", async () => {
    await activeMentor(t, { profile: onlyLanguage("hu") });
    const owner = await readyMentee(t, onlyLanguage("hu"));
    const other = await member(t);
    await recommend();
    const mine = await options(owner.client);
    const optionId = mine.proposal?.options[0]?.id;

    expect((await options(other.client)).proposal).toBeNull();
    expect((await other.client.post(`/api/matching/options/${optionId}/choose`)).status).toBe(404);
    expect((await other.client.post("/api/matching/options/not-a-uuid/choose")).status).toBe(400);
    for (const url of ["/api/matching/review", "/api/matching/runs", `/api/matching/proposals/${mine.proposal?.id}`]) {
      expect((await owner.client.get(url)).status, url).toBe(403);
    }
    expect((await owner.client.post(`/api/matching/proposals/${mine.proposal?.id}/approve`, {})).status).toBe(403);

    await reviewer.post(`/api/matching/proposals/${mine.proposal?.id}/approve`, {});
    const [offer] = await offers(owner.client);
    expect((await other.client.post(`/api/matching/offers/${offer?.id}/accept`)).status).toBe(404);
    expect((await other.client.post(`/api/matching/offers/${offer?.id}/decline`, { reason: "Not mine" })).status).toBe(
      404,
    );
    const badOption = await reviewer.post(`/api/matching/proposals/${mine.proposal?.id}/approve`, {
      optionId: offer?.id,
    });
    expect(badOption.status).toBe(409);
  });
});

describe("an earlier match that ended", () => {
  it("keeps the pair apart until a reviewer allows a rematch", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("ga") });
    const mentee = await readyMentee(t, onlyLanguage("ga"));
    await t.ctx.db
      .insertInto("relationships")
      .values({
        mentee_id: mentee.user.id,
        mentor_id: mentor.user.id,
        match_id: null,
        status: "rematched",
        phase: "introduction_and_exploration",
        started_at: t.clock.now(),
      })
      .execute();
    await recommend();
    expect((await options(mentee.client)).proposal).toBeNull();

    const body = { menteeId: mentee.user.id, mentorId: mentor.user.id, reason: "Both asked to try again" };
    expect((await mentee.client.post("/api/matching/rematch-allowances", body)).status).toBe(403);
    const reversed = await reviewer.post("/api/matching/rematch-allowances", {
      ...body,
      menteeId: mentor.user.id,
      mentorId: mentee.user.id,
    });
    expect(reversed.status).toBe(422);
    expect((await reviewer.post("/api/matching/rematch-allowances", body)).status).toBe(200);
    await recommend();
    expect((await options(mentee.client)).proposal?.options[0]?.mentor.displayName).toBe(mentor.user.displayName);
  });
});
