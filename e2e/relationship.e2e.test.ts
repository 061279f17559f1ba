import { FIT_SURVEY_ITEMS, RELATIONSHIP_PHASES } from "@mentalverse/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { apiCall, matchingCast, signIn } from "./support/journeys.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
  await expect.poll(() => page.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
}

describe("a relationship in the browser", () => {
  it("goes from consent to a signed agreement, a session, a check-in, a phase advance and graduation", async () => {
    // Setup through the API (matching has its own browser test): an active mentor, a ready mentee.
    const { db, reviewer, mentorSide, menteeSide, option } = await matchingCast(platform);
    const { page } = menteeSide;

    // Consent: the mentee chooses Aino, a reviewer approves, the mentor accepts.
    await option.getByRole("button", { name: "Choose Aino" }).click();
    await page.getByText("Your choice").waitFor();
    const reviewerSide = await signIn(platform, reviewer, /Reviewer Rae/);
    const { proposal } = await apiCall(menteeSide, "get", "/api/matching/options");
    await apiCall(reviewerSide, "post", `/api/matching/proposals/${proposal.id}/approve`, {});
    await mentorSide.page.goto("/matches");
    await mentorSide.page
      .getByRole("article", { name: "Offer: mentee Willow" })
      .getByRole("button", { name: "Accept" })
      .click();

    // Both open the relationship from their matches.
    await mentorSide.page.getByRole("link", { name: "Open relationship with Willow" }).click();
    await mentorSide.page.getByRole("heading", { name: "Your mentee Willow" }).waitFor();
    await page.goto("/matches");
    await page.getByRole("link", { name: "Open relationship with Aino" }).click();
    await page.getByRole("heading", { name: "Your mentor Aino" }).waitFor();
    await page.getByText("Phase 1: Introduction and Exploration").first().waitFor();
    const relationshipPath = new URL(page.url()).pathname;
    const relationshipId = relationshipPath.split("/").at(-1) ?? "";

    // The agreement: the mentee writes and signs it, the mentor reads and signs it.
    await openTab(page, "Agreement");
    await page.getByLabel("Meeting frequency").fill("Weekly, on Tuesday evenings");
    await page.getByLabel("Expected duration").fill("About 6 months");
    await page.getByRole("checkbox", { name: "Video calls" }).check();
    await page.getByLabel("Boundaries").fill("No calls after 9pm; in a crisis I call the crisis line, not my mentor.");
    await page.getByLabel("Goals we will work on").fill("Sleep better and get back to the Saturday walking group.");
    await page.getByRole("button", { name: "Sign and send the agreement" }).click();
    await page.getByText("Waiting for Aino to sign.").waitFor();

    const mentorPage = mentorSide.page;
    await mentorPage.reload();
    await openTab(mentorPage, "Agreement");
    await mentorPage.getByText("Weekly, on Tuesday evenings").waitFor();
    await mentorPage.getByRole("button", { name: "Sign the agreement" }).click();
    await mentorPage.getByText("Signed by both of you.").waitFor();
    await mentorPage.getByText(/Signed by Willow \(mentee\) on/).waitFor();
    await mentorPage.getByText(/Signed by Aino \(mentor\) on/).waitFor();

    // A session: the mentor suggests a time a week ahead on their own clock, the mentee confirms it.
    await openTab(mentorPage, "Sessions");
    const nextWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await mentorPage.getByLabel("Session date").fill(nextWeek);
    await mentorPage.getByLabel("Session time").fill("18:00");
    await mentorPage.getByLabel("Agenda (optional)").fill("How the first weeks went");
    await mentorPage.getByRole("button", { name: "Schedule session" }).click();
    await mentorPage.getByText("Waiting for your partner to confirm").waitFor();
    await openTab(page, "Sessions");
    await page.getByRole("button", { name: "Confirm this time" }).click();
    await page.getByText("Agreed", { exact: true }).waitFor();

    // A check-in from the mentee, which the mentor reads.
    await openTab(page, "Check-ins");
    await page.getByRole("radio", { name: "4: Good" }).check();
    await page.getByLabel("Note (optional)").fill("Slept well three nights this week.");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Check-in saved.").waitFor();
    await openTab(mentorPage, "Check-ins");
    await mentorPage.getByText("Slept well three nights this week.").waitFor();

    // A pause by the mentee, which the mentor lifts.
    await page.getByRole("button", { name: "Pause the relationship" }).click();
    await page.getByRole("button", { name: "Pause now" }).click();
    await page.getByRole("group", { name: "Relationship status" }).getByText("Paused").waitFor();
    await mentorPage.reload();
    await mentorPage.getByRole("button", { name: "Resume the relationship" }).click();
    await mentorPage.getByRole("group", { name: "Relationship status" }).getByText("Active").waitFor();

    // Phase advance: the server suggests moving on once the checklist is done (or the weeks are up),
    // then both confirm. It also allows confirming early, so no clock is moved here; the checklist is
    // completed to see the suggestion. All goals but one are ticked through the API, that one in the browser.
    const goals: { id: string; label: string }[] = RELATIONSHIP_PHASES[0].goals.children.flatMap(
      (group): readonly { id: string; label: string }[] => group.children,
    );
    const [browserGoal, ...otherGoals] = goals;
    for (const goal of otherGoals) {
      await apiCall(menteeSide, "put", `/api/relationships/${relationshipId}/checklist/${goal.id}`, { done: true });
    }
    await page.goto(relationshipPath);
    const box = page.getByRole("checkbox", { name: browserGoal?.label ?? "" });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.getByText("Ticked by you", { exact: false }).first().waitFor();
    await page.getByText("Suggested: move on to Development and Growth").waitFor();
    await page.getByRole("button", { name: "Confirm moving to Development and Growth" }).click();
    await page.getByText("You confirmed on", { exact: false }).waitFor();

    await mentorPage.goto(relationshipPath);
    await mentorPage.getByText("Willow confirmed on", { exact: false }).waitFor();
    await mentorPage.getByRole("button", { name: "Confirm moving to Development and Growth" }).click();
    await mentorPage.getByText("Phase 2: Development and Growth").first().waitFor();
    await page.reload();
    await page.getByText("Phase 2: Development and Growth").first().waitFor();
    await page.getByText(/Moved to Development and Growth, by the mentor/).waitFor();

    // The week-4 fit check opens on time only, so the relationship's start is moved back four weeks
    // in the test database (the server has no way to open it early); then each answers on their own.
    await db
      .updateTable("relationships")
      .set({ started_at: new Date(Date.now() - 29 * 24 * 60 * 60 * 1000) })
      .where("id", "=", relationshipId)
      .execute();
    for (const side of [page, mentorPage]) {
      await side.goto(`${relationshipPath}?tab=assessment`);
      for (const item of FIT_SURVEY_ITEMS) {
        await side.getByRole("radiogroup", { name: item.text }).getByRole("radio", { name: "4 Mostly" }).check();
      }
      await side.getByRole("button", { name: "Send my answers" }).click();
    }
    await mentorPage.getByText("Fit: 4.0 out of 5 — a good fit").waitFor();

    // On to graduation: the pair moves on early to the last phase (the server allows it), plans and both confirm.
    const thirdPhase = { toPhase: "mastery_and_independence" };
    await apiCall(menteeSide, "post", `/api/relationships/${relationshipId}/phase/confirm`, thirdPhase);
    await apiCall(mentorSide, "post", `/api/relationships/${relationshipId}/phase/confirm`, thirdPhase);
    await mentorPage.goto(`${relationshipPath}?tab=graduation`);
    await mentorPage
      .getByLabel("Your plan together")
      .fill("Monthly calls until March, then Willow leads the walking group.");
    await mentorPage.getByLabel("Target date").fill("2027-03-31");
    await mentorPage.getByRole("button", { name: "Save the plan" }).click();
    await mentorPage.getByText("Saved.").waitFor();
    await mentorPage.getByRole("button", { name: "Confirm graduation" }).click();
    await mentorPage.getByText("You confirmed on", { exact: false }).waitFor();
    await page.goto(`${relationshipPath}?tab=graduation`);
    await page.getByRole("button", { name: "Confirm graduation" }).click();
    await page.getByRole("heading", { name: "You graduated" }).waitFor();
    await page.getByRole("link", { name: "Become a mentor" }).click();
    await page.getByRole("heading", { name: "Become a peer mentor" }).waitFor();
    await expect
      .poll(() => page.getByLabel("Lived experience").inputValue())
      .toContain("walking every morning helped me back");
    await page.goto(relationshipPath);

    // On a 360 px phone the page fits without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Their supervisor sees the pair's state, phase and fit, and nothing private.
    const supervisor = await buildUser(db, { roles: ["supervisor"], displayName: "Supervisor Sol" });
    const supervisorSide = await signIn(platform, supervisor, /Supervisor Sol/);
    await supervisorSide.page.goto("/staff/relationships");
    const table = supervisorSide.page.getByRole("region", { name: "Relationships of the mentors you supervise" });
    const row = table.getByRole("row", { name: /Aino mentoring Willow/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Graduated.*Phase 3: Mastery and Independence.*4\.0 of 5/);
    await expect(supervisorSide.page.getByText("Slept well three nights this week.").count()).resolves.toBe(0);
  });
});
