import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { completeProfile } from "../apps/server/test/profile-fixture.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

type Member = Awaited<ReturnType<typeof buildUser>>;

/** A member acting through the API from their own browser context, as the web app would. */
async function apiAs(member: Member) {
  const { page, context } = await platform.newPage();
  await page.goto("/");
  const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  const headers = { [CSRF_HEADER]: csrf };
  const signIn = await page.request.post("/api/auth/sign-in", {
    data: { email: member.email, password: member.password },
    headers,
  });
  expect(signIn.status()).toBe(200);
  return {
    get: (url: string) => page.request.get(url),
    post: (url: string, data: unknown) => page.request.post(url, { data, headers }),
    put: (url: string, data: unknown) => page.request.put(url, { data, headers }),
  };
}

async function signIn(page: Page, member: Member) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Account menu" }).waitFor();
}

const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("the safety queue in the browser", () => {
  it("a safety reviewer opens a high-risk case, takes it and resolves it, clearing the matching hold", async () => {
    const db = platform.built.ctx.db;
    const member = await buildUser(db, { roles: ["mentee"], displayName: "Harbor" });
    const reviewer = await buildUser(db, { roles: ["safety"], displayName: "Reviewer Rowan" });

    const asMember = await apiAs(member);
    const draft = await asMember.put("/api/screening/current", {
      answers: { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false },
      country: "GB",
    });
    expect(draft.status()).toBe(200);
    const submitted = await asMember.post("/api/screening/current/submit", {});
    expect((await submitted.json()).risk).toBe("high");
    expect((await (await asMember.get("/api/screening/status")).json()).matchingHeld).toBe(true);

    const { page } = await platform.newPage();
    await signIn(page, reviewer);
    await page.getByRole("link", { name: "Safety cases" }).first().click();
    await page.getByRole("heading", { name: "Safety cases", level: 1 }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Harbor" });
    await row.getByText("High risk").waitFor();
    await row.getByRole("link", { name: "Open case for Harbor" }).click();

    await page.getByRole("heading", { name: "Safety case: Harbor" }).waitFor();
    await page.getByText("Have you had these thoughts and had some intention of acting on them?").waitFor();
    await page.getByText(/Q4: suicidal thoughts with some intention/).waitFor();
    await page
      .getByText(/On hold since/)
      .first()
      .waitFor();

    await page.getByRole("button", { name: "Assign to me" }).click();
    await page.getByText("This case is assigned to you.").waitFor();

    // Without a note the form says so beside the field, and nothing is sent.
    await page.getByRole("button", { name: "Resolve case" }).click();
    await page.getByText("Write a short note on what was done").waitFor();

    await page.getByLabel("Resolution note").fill("Called them; they have a safety plan and their GP is involved.");
    await page.getByRole("checkbox", { name: "Clear the matching hold" }).check();
    await page.getByRole("button", { name: "Resolve case" }).click();
    await page.getByText(/^Resolved /).waitFor();
    await page.getByText("Peer matching: Not on hold: the member can be matched.").waitFor();

    expect((await (await asMember.get("/api/screening/status")).json()).matchingHeld).toBe(false);
    const audit = await db
      .selectFrom("audit_events")
      .select("action")
      .where("subject_id", "=", member.id)
      .where("actor_id", "=", reviewer.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["staff.viewed_screening", "safety.case_assigned", "safety.case_resolved"]),
    );

    await page.getByRole("link", { name: "← All safety cases" }).click();
    await page.getByText("No cases with this status.").waitFor();
  });
});

describe("the mentor application queue in the browser", () => {
  it("a supervisor invites an applicant to interview, then records the rubric scores", async () => {
    const db = platform.built.ctx.db;
    const applicant = await buildUser(db, { roles: ["mentee"], displayName: "Applicant Ada" });
    const supervisor = await buildUser(db, { roles: ["supervisor"], displayName: "Supervisor Sam" });

    const asApplicant = await apiAs(applicant);
    expect((await asApplicant.put("/api/profile", completeProfile())).status()).toBe(200);
    const applied = await asApplicant.post("/api/mentor-applications", {
      mentorTypes: ["wellness_coach"],
      specialisations: ["stress_management", "sleep_hygiene"],
      livedExperience:
        "I lived with burnout and insomnia for years and rebuilt my days around rest, routine and asking for help.",
      stableSinceMonths: 30,
      capacity: 2,
      boundaries: "Weekday evenings only, never for crises, and I will say when something is beyond me.",
      references: [
        { name: "Sam Okafor", contact: "sam@example.test", relationship: "Former manager" },
        { name: "Priya Shah", contact: "+44 20 7946 0000", relationship: "Volunteer coordinator" },
      ],
    });
    expect(applied.status()).toBe(201);
    const applicationId = (await applied.json()).id as string;

    const { page } = await platform.newPage();
    await signIn(page, supervisor);
    await page.getByRole("link", { name: "Mentor applications" }).first().click();
    await page.getByRole("heading", { name: "Mentor applications", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Applicant Ada" }).first().click();

    await page.getByRole("heading", { name: "Mentor application: Applicant Ada" }).waitFor();
    await page.getByText("Sleep Hygiene", { exact: false }).first().waitFor();
    await page.getByText(/Priya Shah/).waitFor();
    // Only the steps the pipeline allows from "applied" are offered.
    await expect(page.getByRole("radio").count()).resolves.toBe(2);

    await page.getByRole("radio", { name: "Invite to interview" }).check();
    await page.getByLabel("Reason").fill("Thoughtful application; references look right.");
    await page.getByRole("button", { name: "Invite to interview" }).click();
    await page.getByText("Saved. The application is now: Interview.").waitFor();

    await page.getByRole("radio", { name: "Record interview scores and start background verification" }).check();
    await page.getByRole("button", { name: "Record interview scores and start background verification" }).click();
    await page.getByText("Choose a score from 1 to 5").first().waitFor();
    await expect(page.getByText("Choose a score from 1 to 5").count()).resolves.toBe(5);

    const scores = {
      "Reflection on lived experience": "4",
      "Awareness of boundaries": "5",
      Communication: "4",
      Commitment: "3",
      "Safety awareness": "5",
    };
    for (const [label, score] of Object.entries(scores)) {
      await page.getByLabel(label, { exact: true }).selectOption(score);
    }
    await page.getByLabel("Reason").fill("Clear about boundaries and when to refer on.");
    await page.getByRole("button", { name: "Record interview scores and start background verification" }).click();
    await page.getByText("Saved. The application is now: Background verification.").waitFor();
    await page.getByText("Interview → Background verification").waitFor();
    await page.getByText("Commitment: 3 (Adequate)").waitFor();

    const events = await db
      .selectFrom("mentor_application_events")
      .select(["to_status", "actor_id", "interview_scores", "reason"])
      .where("application_id", "=", applicationId)
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.to_status)).toEqual(["applied", "interview", "background_verification"]);
    expect(events[2]?.actor_id).toBe(supervisor.id);
    expect(events[2]?.interview_scores).toMatchObject({ commitment: 3, safetyAwareness: 5 });
  });
});

// Opens the case and the application made by the tests above, as they stand after being worked.
describe("staff pages on a phone", () => {
  it("fit 360 px without horizontal scrolling", async () => {
    const db = platform.built.ctx.db;
    const staff = await buildUser(db, { roles: ["safety", "supervisor"], displayName: "Staff Sky" });
    const { page } = await platform.newPage({ width: 360, height: 740 });
    await signIn(page, staff);
    for (const path of ["/staff/safety?status=all", "/staff/applications?status=all"]) {
      await page.goto(path);
      await page
        .getByRole("link", { name: /Harbor|Applicant Ada/ })
        .first()
        .click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      expect({ path, overflow: await overflowOf(page) }).toEqual({ path, overflow: 0 });
    }
  });
});
