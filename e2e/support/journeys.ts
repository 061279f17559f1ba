import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { insertApplication } from "../../apps/server/src/modules/mentor-applications/mentor-applications-repository.js";
import { buildUser } from "../../apps/server/test/factories.js";
import { completeProfile } from "../../apps/server/test/profile-fixture.js";
import type { Platform } from "./platform.js";

export interface Side {
  page: Page;
  context: BrowserContext;
}

/** Signs in through the page and waits for the signed-in home heading (which names the member). */
export async function signIn(platform: Platform, who: { email: string; password: string }, name: RegExp) {
  const { page, context } = await platform.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name }).waitFor();
  return { page, context };
}

/** A call through the same API the pages use, with the page's session and CSRF cookie; expects 200. */
export async function apiCall(side: Side, method: "get" | "put" | "post", path: string, data?: unknown) {
  const csrf = (await side.context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  const response = await side.page.request[method](path, { data, headers: { [CSRF_HEADER]: csrf } });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200);
  return response.json();
}

/** A mentor ready to be matched: a complete profile and an active application (the pipeline has its own tests). */
export async function makeActiveMentor(platform: Platform, mentor: Side, mentorId: string) {
  await apiCall(mentor, "put", "/api/profile", completeProfile());
  await insertApplication(platform.built.ctx.db, {
    user_id: mentorId,
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
}

/** A mentee ready to be matched; the cleared screening starts their recommendations in the background. */
export async function makeReadyMentee(mentee: Side) {
  await apiCall(mentee, "put", "/api/profile", completeProfile());
  await apiCall(mentee, "put", "/api/onboarding/intent", { seekSupport: true, offerMentorship: false });
  await apiCall(mentee, "put", "/api/screening/current", { answers: { q1: false, q2: false, q6: false } });
  await apiCall(mentee, "post", "/api/screening/current/submit", { country: "GB" });
}

/** Reloads the Matches page until the named mentor's option card shows (the recommendation job runs apart). */
export async function waitForOption(page: Page, mentorName: string) {
  await page.goto("/matches");
  const option = page.getByRole("article", { name: mentorName });
  await expect
    .poll(
      async () => {
        await page.reload();
        return option.isVisible();
      },
      // The recommendation job runs on the queue's own schedule; a loaded CI machine can take a while.
      { timeout: 60_000 },
    )
    .toBe(true);
  return option;
}

/**
 * The cast of the matching journeys: reviewer Rae, active mentor Aino and mentee Willow, who is
 * ready and already sees Aino among her options.
 */
export async function matchingCast(platform: Platform) {
  const db = platform.built.ctx.db;
  const reviewer = await buildUser(db, { roles: ["match_reviewer"], displayName: "Reviewer Rae" });
  const mentor = await buildUser(db, { roles: ["mentor"], displayName: "Aino" });
  const mentee = await buildUser(db, { roles: ["mentee"], displayName: "Willow" });
  const mentorSide = await signIn(platform, mentor, /Aino/);
  await makeActiveMentor(platform, mentorSide, mentor.id);
  const menteeSide = await signIn(platform, mentee, /Willow/);
  await makeReadyMentee(menteeSide);
  const option = await waitForOption(menteeSide.page, "Aino");
  return { db, reviewer, mentor, mentee, mentorSide, menteeSide, option };
}
