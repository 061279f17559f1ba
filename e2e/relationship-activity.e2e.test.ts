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

async function signIn(who: { email: string; password: string }, width = 1280) {
  const { page, context } = await platform.newPage({ width, height: 900 });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  return { page, context };
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/**
 * The Goals, Sessions and Check-ins tabs on a phone-width screen: the pair is written straight
 * into the database (how pairs form is the matching and relationship tests' job), with one agreed
 * session that took place yesterday so attendance and the summary can be recorded.
 */
describe("relationship activity in the browser", () => {
  it("keeps goals, sessions and check-ins, hides private notes, and answers a very low mood", async () => {
    const db = platform.built.ctx.db;
    const mentee = await buildUser(db, { roles: ["mentee"], displayName: "Willow" });
    const mentor = await buildUser(db, { roles: ["mentor"], displayName: "Aino" });
    const rel = await db
      .insertInto("relationships")
      .values({
        mentee_id: mentee.id,
        mentor_id: mentor.id,
        match_id: null,
        status: "active",
        phase: "introduction_and_exploration",
        started_at: new Date(Date.now() - 10 * 86_400_000),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const past = new Date(Date.now() - 86_400_000);
    await db
      .insertInto("relationship_sessions")
      .values({
        relationship_id: rel.id,
        starts_at: past,
        duration_minutes: 60,
        mode: "video",
        agenda: "Yesterday's talk",
        status: "scheduled",
        proposed_by: mentor.id,
        proposed_at: past,
        confirmed_by: mentee.id,
        confirmed_at: past,
        created_at: past,
      })
      .execute();

    const { page, context } = await signIn(mentee, 360);
    const path = `/relationships/${rel.id}`;
    // The mentee's clock is Tokyo's: sessions are typed and shown in the profile's zone, not the browser's.
    const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
    const saved = await page.request.put("/api/profile", {
      data: completeProfile({ timeZone: "Asia/Tokyo" }),
      headers: { [CSRF_HEADER]: csrf },
    });
    expect(saved.status()).toBe(200);

    // Goals
    await page.goto(`${path}?tab=goals`);
    await page.getByLabel("Goal", { exact: true }).fill("Sleep better");
    await page.getByLabel("Milestones (optional)").fill("Bed by 11\nNo phone in bed");
    await page.getByRole("button", { name: "Add goal" }).click();
    const goal = page.getByRole("article", { name: "Sleep better" });
    await goal.getByRole("checkbox", { name: "Bed by 11" }).check();
    await goal.getByText("Milestones: 1 of 2 done").waitFor();
    await goal.getByLabel("Progress note").fill("Three good nights");
    await goal.getByLabel("Percent done").fill("40");
    await goal.getByRole("button", { name: "Add update" }).click();
    await goal.getByText("40% done").waitFor();
    await goal.getByRole("button", { name: "Edit goal: Sleep better" }).click();
    await goal.getByRole("radio", { name: "Achieved" }).check();
    await goal.getByRole("button", { name: "Save goal" }).click();
    await goal.getByText("Achieved", { exact: true }).waitFor();
    expect(await noSideScroll(page)).toBe(true);

    // Sessions
    await page.goto(`${path}?tab=sessions`);
    await page.getByRole("button", { name: "Schedule session" }).click();
    await page.getByText("Pick a date").waitFor();
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Session date").fill(nextWeek);
    await page.getByLabel("Session time").fill("18:00");
    await page.getByLabel("Duration").selectOption("45");
    await page.getByRole("button", { name: "Schedule session" }).click();
    await page.getByText("Waiting for your partner to confirm").waitFor();
    await page.getByText(/(18:00|06:00 PM) to (18:45|06:45 PM) \(Asia\/Tokyo\)/).waitFor();
    const href = await page.getByRole("link", { name: "Add to calendar (.ics)" }).first().getAttribute("href");
    const ics = await page.request.get(href ?? "");
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
    await page.getByRole("button", { name: "Mark yourself as attended" }).click();
    await page.getByRole("button", { name: "Mark Aino as missed" }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "Mark Aino as missed" }).getAttribute("aria-pressed"))
      .toBe("true");
    await page.getByRole("button", { name: "Write summary" }).click();
    await page.getByLabel("Session summary").fill("We talked about sleep.");
    await page.getByRole("button", { name: "Save summary" }).click();
    await page.getByText("We talked about sleep.").waitFor();
    const pastCard = page.getByRole("article").filter({ hasText: "Yesterday's talk" });
    await pastCard.getByLabel("Private notes").fill("Felt nervous before");
    await pastCard.getByRole("button", { name: "Save private notes" }).click();
    await pastCard.getByText(/Your notes were last saved/).waitFor();
    expect(await noSideScroll(page)).toBe(true);

    // The mentor sees the summary but not the note, and can confirm.
    const mentorSide = await signIn(mentor);
    await mentorSide.page.goto(`${path}?tab=sessions`);
    await mentorSide.page.getByText("We talked about sleep.").waitFor();
    await mentorSide.page.getByText(/For Willow: .*18:00 to 18:45 \(Asia\/Tokyo, UTC\+09:00\)/).waitFor();
    expect(await mentorSide.page.getByText("Felt nervous before").count()).toBe(0);
    await mentorSide.page.getByRole("button", { name: "Confirm this time" }).click();
    await mentorSide.page.getByText("Agreed", { exact: true }).first().waitFor();

    // Check-ins
    await page.goto(`${path}?tab=check-ins`);
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Pick a mood from 1 to 5").waitFor();
    await page.getByRole("radio", { name: "3: Okay" }).check();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Check-in saved.").waitFor();
    await page.getByRole("radio", { name: "1: Very low" }).check();
    await page.getByLabel("Note (optional)").fill("Rough week");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "Crisis lines you can contact now" }).waitFor();
    await page.getByRole("link", { name: "take the safety check" }).waitFor();
    await page.getByText("Willow: 2 check-ins, latest Very low (1), average 2 out of 5.").waitFor();
    await page.getByText("Show the moods as a table").click();
    await page.getByRole("cell", { name: "Okay (3)" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);

    await mentorSide.page.goto(`${path}?tab=check-ins`);
    await mentorSide.page.getByRole("heading", { name: "Crisis lines you can contact now" }).waitFor();
    await mentorSide.page.getByText("Rough week").waitFor();
  });
});
