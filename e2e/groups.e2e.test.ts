import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { activeRelationship, browserMember, signInOnPage } from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const membership = (conversationId: string, userId: string) =>
  platform.built.ctx.db
    .selectFrom("conversation_members")
    .select(["role", "muted_until", "left_at"])
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .orderBy("joined_at", "desc")
    .executeTakeFirstOrThrow();

const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("support groups in the browser", () => {
  it("a mentor starts a group with two mentees, mutes and unmutes one, removes the other; a member leaves", async () => {
    const db = platform.built.ctx.db;
    const mentor = await buildUser(db, { roles: ["mentee", "mentor"], displayName: "Aspen" });
    const fern = await buildUser(db, { roles: ["mentee"], displayName: "Fern" });
    const moss = await buildUser(db, { roles: ["mentee"], displayName: "Moss" });
    await buildUser(db, { roles: ["mentee"], displayName: "Fennel" });
    await activeRelationship(platform, mentor.id, fern.id);
    await activeRelationship(platform, mentor.id, moss.id);

    const page = await browserMember(platform, mentor, { width: 360, height: 800 });
    await page.goto("/messages/groups/new");
    await page.getByRole("heading", { name: "New group", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Create group" }).click();
    await page.getByText("Give the group a name").waitFor();
    await page.getByLabel("Group name").fill("Evening walkers");

    // Only people the mentor may add are found: their mentees, not a stranger with a similar name.
    await page.getByLabel("Find people").fill("Fe");
    await page.getByRole("button", { name: "Add Fern" }).click();
    expect(await page.getByRole("button", { name: "Add Fennel" }).count()).toBe(0);
    await page.getByLabel("Find people").fill("Moss");
    await page.getByRole("button", { name: "Add Moss" }).click();
    await page.getByRole("list", { name: "Chosen members" }).getByText("Moss").waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Create group" }).click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    const conversationId = page.url().split("/").at(-1) as string;
    await page.getByRole("heading", { name: "Evening walkers", level: 1 }).waitFor();
    expect((await membership(conversationId, mentor.id)).role).toBe("owner");

    await page.getByRole("button", { name: /^Members \(3\)/ }).click();
    const drawer = page.getByRole("dialog", { name: "Group members" });
    await drawer.getByRole("button", { name: "Moderate Fern" }).click();
    await page.getByRole("menuitem", { name: "Mute for 1 hour" }).click();
    await drawer.getByText(/^Muted until/).waitFor();
    const muted = await membership(conversationId, fern.id);
    expect(new Date(muted.muted_until as Date).getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);

    await drawer.getByRole("button", { name: "Moderate Fern" }).click();
    await page.getByRole("menuitem", { name: "Unmute" }).click();
    await expect.poll(() => drawer.getByText(/^Muted until/).count()).toBe(0);
    expect((await membership(conversationId, fern.id)).muted_until).toBeNull();

    await drawer.getByRole("button", { name: "Moderate Moss" }).click();
    await page.getByRole("menuitem", { name: "Remove from the group" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove Moss from the group?" });
    await confirm.getByRole("button", { name: "Remove Moss" }).click();
    await confirm.waitFor({ state: "hidden" });
    const current = drawer.getByRole("list", { name: "Current members" });
    await expect.poll(() => current.getByText("Moss", { exact: true }).count()).toBe(0);
    await current.getByText("Fern", { exact: true }).waitFor();
    expect((await membership(conversationId, moss.id)).left_at).not.toBeNull();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);

    // Fern, a plain member, has no moderation and may leave.
    const fernPage = await browserMember(platform, fern);
    await fernPage.goto(`/messages/${conversationId}`);
    await fernPage.getByRole("button", { name: /^Members \(2\)/ }).click();
    const fernDrawer = fernPage.getByRole("dialog", { name: "Group members" });
    await fernDrawer.getByText("Aspen").waitFor();
    expect(await fernDrawer.getByRole("button", { name: /^Moderate/ }).count()).toBe(0);
    await fernDrawer.getByRole("button", { name: "Leave group" }).click();
    await fernPage
      .getByRole("dialog", { name: "Leave \u201cEvening walkers\u201d?" })
      .getByRole("button", { name: "Leave group" })
      .click();
    await fernPage.waitForURL(/\/messages$/);
    expect((await membership(conversationId, fern.id)).left_at).not.toBeNull();
  });

  it("a mentee cannot start a group", async () => {
    const mentee = await buildUser(platform.built.ctx.db, { roles: ["mentee"], displayName: "Clover" });
    const { page } = await platform.newPage();
    await signInOnPage(page, mentee);
    await page.goto("/messages/groups/new");
    await page.getByText("Only mentors and staff can start a group.").waitFor();
    expect(await page.getByRole("button", { name: "Create group" }).count()).toBe(0);
  });
});
