import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchingCast, signIn } from "./support/journeys.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("matching in the browser", () => {
  it("a mentee sees options with reasons and chooses; a reviewer approves; the mentor accepts; both meet", async () => {
    // Aino is active; Willow is ready, and her cleared screening started her recommendations.
    const { reviewer, mentorSide, menteeSide, option } = await matchingCast(platform);
    const { page } = menteeSide;
    await expect(option.getByRole("list", { name: "Why Aino" }).getByRole("listitem").count()).resolves.toBeGreaterThan(
      0,
    );
    await option.getByRole("button", { name: "Choose Aino" }).click();
    await page.getByText("Your choice").waitFor();

    // A human reviews before anyone is introduced.
    const reviewerSide = await signIn(platform, reviewer, /Reviewer Rae/);
    await reviewerSide.page.goto("/review/matches");
    await reviewerSide.page.getByRole("link", { name: "Review Willow" }).first().click();
    await reviewerSide.page.getByRole("heading", { name: "Proposed match for Willow" }).waitFor();
    await reviewerSide.page.getByText("Mentee's choice").waitFor();
    await reviewerSide.page.getByRole("table", { name: "Score breakdown for Aino" }).waitFor();
    await reviewerSide.page.getByRole("button", { name: "Approve match with Aino" }).click();
    await reviewerSide.page.getByText(/Offer pending/).waitFor();

    // The mentor says yes; the mentee already did by choosing.
    await mentorSide.page.goto("/matches");
    const offer = mentorSide.page.getByRole("article", { name: "Offer: mentee Willow" });
    // Blocking is offered beside the answer; it says what it does before anything happens.
    await offer.getByRole("button", { name: "Block Willow" }).click();
    const confirm = mentorSide.page.getByRole("dialog", { name: "Block Willow?" });
    await confirm.getByText("This offer is declined now, so no relationship starts.").waitFor();
    await confirm.getByRole("button", { name: "Don't block" }).click();
    await confirm.waitFor({ state: "hidden" });
    await offer.getByRole("button", { name: "Accept" }).click();
    await offer.getByRole("link", { name: "Read your introduction to Willow" }).click();
    await mentorSide.page.getByRole("heading", { name: "Meet Willow" }).waitFor();
    await mentorSide.page.getByText("Why you were matched").first().waitFor();

    await page.goto("/matches");
    await page.getByRole("link", { name: "Your mentor Aino" }).click();
    await page.getByRole("heading", { name: "Meet Aino" }).waitFor();
    await page.getByRole("heading", { name: "Next steps" }).waitFor();
  });
});
