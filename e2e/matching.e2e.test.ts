import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertApplication } from "../apps/server/src/modules/mentor-applications/mentor-applications-repository.js";
import { buildUser } from "../apps/server/test/factories.js";
import { completeProfile } from "../apps/server/test/profile-fixture.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

async function signIn(who: { email: string; password: string }, name: RegExp) {
  const { page, context } = await platform.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name }).waitFor();
  return { page, context };
}

/** A write through the same API the pages use, with the page's session and CSRF cookie. */
async function apiWrite(page: Page, context: BrowserContext, method: "put" | "post", path: string, data: unknown) {
  const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  const response = await page.request[method](path, { data, headers: { [CSRF_HEADER]: csrf } });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200);
}

describe("matching in the browser", () => {
  it("a mentee sees options with reasons and chooses; a reviewer approves; the mentor accepts; both meet", async () => {
    const db = platform.built.ctx.db;
    const reviewer = await buildUser(db, { roles: ["match_reviewer"], displayName: "Reviewer Rae" });
    const mentor = await buildUser(db, { roles: ["mentor"], displayName: "Aino" });
    const mentee = await buildUser(db, { roles: ["mentee"], displayName: "Willow" });

    // The mentor: an active application and a complete profile (the pipeline has its own tests).
    const mentorSide = await signIn(mentor, /Aino/);
    await apiWrite(mentorSide.page, mentorSide.context, "put", "/api/profile", completeProfile());
    await insertApplication(db, {
      user_id: mentor.id,
      status: "active",
      mentor_types: JSON.stringify(["recovery_mentor"]),
      specialisations: JSON.stringify(["anxiety_management"]),
      lived_experience: "Years of panic attacks, then a slow way back through walking, routine and peer groups.",
      stable_since: new Date("2019-01-01T00:00:00Z"),
      capacity: 2,
      boundaries: "Evenings only, never for crises, and I say when something is beyond me.",
      mentor_references: JSON.stringify([
        { name: "Sam Okafor", contact: "sam@example.test", relationship: "Former manager" },
        { name: "Priya Shah", contact: "priya@example.test", relationship: "Volunteer coordinator" },
      ]),
      status_changed_at: new Date(),
    });

    // The mentee gets ready; a cleared screening starts their recommendations in the background.
    const menteeSide = await signIn(mentee, /Willow/);
    const { page, context } = menteeSide;
    await apiWrite(page, context, "put", "/api/profile", completeProfile());
    await apiWrite(page, context, "put", "/api/onboarding/intent", { seekSupport: true, offerMentorship: false });
    await apiWrite(page, context, "put", "/api/screening/current", { answers: { q1: false, q2: false, q6: false } });
    await apiWrite(page, context, "post", "/api/screening/current/submit", { country: "GB" });

    await page.goto("/matches");
    const option = page.getByRole("article", { name: "Aino" });
    await expect
      .poll(
        async () => {
          await page.reload();
          return option.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expect(option.getByRole("list", { name: "Why Aino" }).getByRole("listitem").count()).resolves.toBeGreaterThan(
      0,
    );
    await option.getByRole("button", { name: "Choose Aino" }).click();
    await page.getByText("Your choice").waitFor();

    // A human reviews before anyone is introduced.
    const reviewerSide = await signIn(reviewer, /Reviewer Rae/);
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
    await offer.getByRole("button", { name: "Accept" }).click();
    await offer.getByRole("link", { name: "Read your introduction to Willow" }).click();
    await mentorSide.page.getByRole("heading", { name: "Meet Willow" }).waitFor();
    await mentorSide.page.getByText("Why you were matched").first().waitFor();

    await page.goto("/matches");
    await page.getByRole("link", { name: "Your mentor Aino" }).click();
    await page.getByRole("heading", { name: "Meet Aino" }).waitFor();
    await expect(page.getByRole("heading", { name: "Next steps" }).isVisible()).resolves.toBe(true);
  });
});
