import type { MatchOffer, MatchProposal, MyMatchOptions, Notification } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { activeMentor, member, onlyLanguage, readyMentee } from "../../../test/matching-fixture.js";
import { HOUR, ManualClock } from "../../lib/clock.js";

// Starts at the real time: the test client drops cookies whose expiry has passed by the wall clock.
const start = new Date();
const clock = new ManualClock(start);
let t: TestApp;
let reviewer: TestClient;
beforeAll(async () => {
  t = await createTestApp({ clock, env: { MATCH_OFFER_HOURS: "72" } });
  reviewer = (await member(t, { roles: ["match_reviewer"] })).client;
});
afterAll(() => t.close());

const kinds = async (client: TestClient) =>
  (await client.get<{ notifications: Notification[] }>("/api/notifications")).body.notifications.map((n) => n.kind);
/** What the hourly schedule does: queue the watch job, then run it. */
async function watch() {
  await t.jobs.send("matching-offer-watch", {});
  expect(await t.jobs.runPending("matching-offer-watch", t.ctx)).toBe(1);
}
const paused = async (mentorId: string) =>
  (
    await t.ctx.db
      .selectFrom("mentor_applications")
      .select("pause_new_matches")
      .where("user_id", "=", mentorId)
      .executeTakeFirstOrThrow()
  ).pause_new_matches;

/** A mentee whose only option is the given language's mentor, approved by the reviewer now. */
async function offeredMentee(language: string) {
  const mentee = await readyMentee(t, onlyLanguage(language));
  await t.jobs.runPending("matching-recommend", t.ctx);
  const proposal = (await mentee.client.get<MyMatchOptions>("/api/matching/options")).body.proposal;
  const approved = await reviewer.post<MatchProposal>(`/api/matching/proposals/${proposal?.id}/approve`, {});
  expect(approved.status).toBe(200);
  return { mentee, proposalId: proposal?.id as string, offerId: approved.body.offer?.id as string };
}

describe("offers nobody answers", () => {
  it("remind the mentor after 24 hours, pass on at expiry, and pause a mentor after two lapses", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("et"), capacity: 5 });
    const first = await offeredMentee("et");
    clock.advance(10 * HOUR);
    const second = await offeredMentee("et");
    const [offer] = (await mentor.client.get<{ offers: MatchOffer[] }>("/api/matching/offers")).body.offers;
    expect(new Date(offer?.expiresAt ?? 0).getTime() - new Date(offer?.createdAt ?? 0).getTime()).toBe(72 * HOUR);

    clock.advance(13 * HOUR);
    await watch();
    expect((await kinds(mentor.client)).filter((k) => k === "matching.offer_reminder")).toHaveLength(0);
    clock.advance(2 * HOUR);
    await watch();
    await watch();
    // Only the first offer is 24 hours old, and a reminder is sent once.
    expect((await kinds(mentor.client)).filter((k) => k === "matching.offer_reminder")).toHaveLength(1);

    // The mentee's own acceptance does not keep an offer alive past its window.
    await first.mentee.client.post(`/api/matching/offers/${first.offerId}/accept`);
    clock.set(new Date(start.getTime() + 72 * HOUR));
    // An answer after the window, before the expiry job has run, does not start a match.
    const late = await mentor.client.post<{ error: { message: string } }>(
      `/api/matching/offers/${first.offerId}/accept`,
    );
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/expired/);
    await watch();
    const afterFirst = await reviewer.get<MatchProposal>(`/api/matching/proposals/${first.proposalId}`);
    expect(afterFirst.body.status).toBe("closed");
    expect(await kinds(first.mentee.client)).toContain("matching.passed_on");
    expect(await paused(mentor.user.id)).toBe(false);
    expect((await first.mentee.client.post(`/api/matching/offers/${first.offerId}/accept`)).status).toBe(409);

    clock.advance(10 * HOUR);
    await watch();
    expect(await paused(mentor.user.id)).toBe(true);
    expect(await kinds(mentor.client)).toContain("matching.mentor_paused");
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select(["action", "subject_id"])
      .where("action", "in", ["matching.mentor_paused", "matching.offer_expired"])
      .execute();
    expect(audit.filter((a) => a.action === "matching.offer_expired")).toHaveLength(2);
    expect(audit.find((a) => a.action === "matching.mentor_paused")?.subject_id).toBe(mentor.user.id);
    expect((await reviewer.get<MatchProposal>(`/api/matching/proposals/${second.proposalId}`)).body.status).toBe(
      "closed",
    );

    // A paused mentor is not proposed to a new mentee.
    const third = await readyMentee(t, onlyLanguage("et"));
    await t.jobs.runPending("matching-recommend", t.ctx);
    expect((await third.client.get<MyMatchOptions>("/api/matching/options")).body.proposal).toBeNull();
  });

  it("an offer the mentor answered does not count against them when the mentee lets it lapse", async () => {
    const mentor = await activeMentor(t, { profile: onlyLanguage("lv"), capacity: 5 });
    const proposals: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { offerId, proposalId } = await offeredMentee("lv");
      proposals.push(proposalId);
      expect((await mentor.client.post(`/api/matching/offers/${offerId}/accept`)).status).toBe(200);
    }
    clock.advance(73 * HOUR);
    await watch();
    for (const id of proposals) {
      expect((await reviewer.get<MatchProposal>(`/api/matching/proposals/${id}`)).body.status).toBe("closed");
    }
    expect(await paused(mentor.user.id)).toBe(false);
  });
});
