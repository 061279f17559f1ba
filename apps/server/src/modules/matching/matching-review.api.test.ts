import type { MatchOffer, MatchProposal, OverrideCandidatesResponse } from "@mentalverse/shared";
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

describe("declines and reviewer decisions", () => {
  it("a decline needs a reason and passes to the next option; the mentee never reads the reason", async () => {
    const first = await activeMentor(t, { profile: onlyLanguage("pt") });
    const second = await activeMentor(t, { profile: onlyLanguage("pt") });
    const mentee = await readyMentee(t, onlyLanguage("pt"));
    await recommend();
    const proposalId = (await options(mentee.client)).proposal?.id;
    const approved = await reviewer.post<MatchProposal>(`/api/matching/proposals/${proposalId}/approve`, {});
    const offered = approved.body.offer;
    const firstMentor = [first, second].find((m) => m.user.id === offered?.mentorId);
    const otherMentor = [first, second].find((m) => m.user.id !== offered?.mentorId);
    if (!firstMentor || !otherMentor) throw new Error("offer went to neither mentor");

    const noReason = await firstMentor.client.post(`/api/matching/offers/${offered?.id}/decline`, {});
    expect(noReason.status).toBe(400);
    expect((noReason.body as ErrorBody).error.details?.[0]?.field).toBe("body.reason");
    const declined = await firstMentor.client.post<MatchOffer>(`/api/matching/offers/${offered?.id}/decline`, {
      reason: "Too close to my own situation right now",
    });
    expect(declined.status).toBe(200);
    expect(declined.body.yourResponse).toBe("declined");
    expect((await firstMentor.client.post(`/api/matching/offers/${offered?.id}/accept`)).status).toBe(409);

    const back = await reviewer.get<MatchProposal>(`/api/matching/proposals/${proposalId}`);
    expect(back.body.status).toBe("in_review");
    expect(back.body.options.find((o) => o.id === back.body.selectedOptionId)?.mentor.id).toBe(otherMentor.user.id);
    expect(back.body.options.find((o) => o.mentor.id === firstMentor.user.id)).toMatchObject({
      status: "declined",
      decisionReason: "Declined by the mentor: Too close to my own situation right now",
    });
    expect((await notificationsOf(mentee.client)).map((n) => n.kind)).toContain("matching.passed_on");
    expect(JSON.stringify(await offers(mentee.client))).not.toContain("my own situation");

    const next = await reviewer.post<MatchProposal>(`/api/matching/proposals/${proposalId}/approve`, {});
    expect(next.body.offer?.mentorId).toBe(otherMentor.user.id);
    const [menteeOffer] = await offers(mentee.client);
    expect(menteeOffer?.yourResponse).toBeNull();
    expect((await mentee.client.post(`/api/matching/offers/${menteeOffer?.id}/accept`)).status).toBe(200);
  });

  it("an override must pass the hard constraints (422 naming them) and then needs the mentee's yes", async () => {
    await activeMentor(t, { profile: onlyLanguage("it") });
    const elsewhere = await activeMentor(t, { profile: onlyLanguage("nl") });
    const mentee = await readyMentee(t, onlyLanguage("it"));
    const stranger = await member(t);
    await recommend();
    // Joins after the recommendation, so only an override can offer them.
    const alternative = await activeMentor(t, { profile: onlyLanguage("it"), capacity: 1 });
    const proposal = (await options(mentee.client)).proposal;
    const url = `/api/matching/proposals/${proposal?.id}/override`;

    // The override list offers exactly the mentors who pass now and are not already proposed.
    const listed = await reviewer.get<OverrideCandidatesResponse>(`/api/matching/proposals/${proposal?.id}/candidates`);
    expect(listed.status).toBe(200);
    const listedIds = listed.body.candidates.map((c) => c.mentor.id);
    expect(listedIds).toContain(alternative.user.id);
    expect(listedIds).not.toContain(elsewhere.user.id);
    expect(listedIds).not.toContain(mentee.user.id);
    expect(listed.body.candidates.every((c) => c.breakdown.reasons.length > 0)).toBe(true);
    expect((await mentee.client.get(`/api/matching/proposals/${proposal?.id}/candidates`)).status).toBe(403);

    const noLanguage = await reviewer.post(url, { mentorId: elsewhere.user.id, reason: "They asked for her" });
    expect(noLanguage.status).toBe(422);
    const details = (noLanguage.body as ErrorBody).error.details ?? [];
    expect(details[0]?.field).toBe("mentorId");
    expect(details.map((d) => d.reason).join(" ")).toMatch(/language/i);
    expect((await reviewer.post(url, { mentorId: stranger.user.id, reason: "Try them" })).status).toBe(422);
    expect((await reviewer.post(url, { mentorId: mentee.user.id, reason: "Themselves" })).status).toBe(422);
    expect((await reviewer.post(url, { mentorId: alternative.user.id })).status).toBe(400);

    const done = await reviewer.post<MatchProposal>(url, {
      mentorId: alternative.user.id,
      reason: "Shares a very specific experience",
    });
    expect(done.status).toBe(200);
    expect(done.body.offer?.mentorId).toBe(alternative.user.id);
    const added = done.body.options.find((o) => o.mentor.id === alternative.user.id);
    expect(added).toMatchObject({ source: "override", status: "offered", rank: 2 });
    expect(added?.breakdown.reasons.length).toBeGreaterThan(0);
    const [offer] = await offers(mentee.client);
    expect(offer?.yourResponse).toBeNull();
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "matching.proposal_overridden")
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ mentorId: alternative.user.id, reason: "Shares a very specific experience" });
  });

  it("flags stay in the queue with their reason; a rejection brings up the next option", async () => {
    await activeMentor(t, { profile: onlyLanguage("pl") });
    await activeMentor(t, { profile: onlyLanguage("pl") });
    const mentee = await readyMentee(t, onlyLanguage("pl"));
    await recommend();
    const mine = await options(mentee.client);
    const [best, other] = mine.proposal?.options ?? [];
    await mentee.client.post(`/api/matching/options/${other?.id}/choose`);
    const url = `/api/matching/proposals/${mine.proposal?.id}`;

    expect((await reviewer.post(`${url}/flag`, { reason: "" })).status).toBe(400);
    const unknownOption = await reviewer.post(`${url}/approve`, { optionId: crypto.randomUUID() });
    expect(unknownOption.status).toBe(422);
    const flagged = await reviewer.post<MatchProposal>(`${url}/flag`, { reason: "Recently bereaved; go gently" });
    expect(flagged.body).toMatchObject({
      flagged: true,
      flagReason: "Recently bereaved; go gently",
      status: "in_review",
    });
    const queue = await reviewer.get<{ proposals: MatchProposal[] }>("/api/matching/review?flagged=true");
    expect(queue.body.proposals.map((p) => p.id)).toContain(mine.proposal?.id);

    const rejected = await reviewer.post<MatchProposal>(`${url}/reject`, { reason: "Mentor asked for a break" });
    expect(rejected.status).toBe(200);
    expect(rejected.body.chosenOptionId).toBeNull();
    expect(rejected.body.selectedOptionId).toBe(best?.id);
    expect((await notificationsOf(mentee.client)).map((n) => n.kind)).toContain("matching.choice_not_approved");
    expect((await options(mentee.client)).proposal?.options.map((o) => o.id)).toEqual([best?.id]);
    const closed = await reviewer.post<MatchProposal>(`${url}/reject`, { reason: "Not a fit either" });
    expect(closed.body.status).toBe("closed");
    expect((await reviewer.post(`${url}/reject`, { reason: "Again" })).status).toBe(409);
  });
});
