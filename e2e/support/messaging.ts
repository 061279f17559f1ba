import type { Page } from "playwright-core";
import { expect } from "vitest";
import { buildUser } from "../../apps/server/test/factories.js";
import { signIn } from "./journeys.js";
import type { Platform } from "./platform.js";

export type Member = Awaited<ReturnType<typeof buildUser>>;

/** An active relationship written directly: how pairs form has its own browser tests. */
export async function activeRelationship(platform: Platform, mentorId: string, menteeId: string) {
  await platform.built.ctx.db
    .insertInto("relationships")
    .values({
      mentee_id: menteeId,
      mentor_id: mentorId,
      match_id: null,
      status: "active",
      phase: "introduction_and_exploration",
      started_at: new Date(),
    })
    .execute();
}

/** Signs a member in on this page (same browser context), waiting for the signed-in shell. */
export async function signInOnPage(page: Page, member: Member) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Account menu" }).waitFor();
}

/** A member signed in in a new browser context with secure messaging set up there (keys and a recovery key). */
export async function browserMember(platform: Platform, member: Member, size?: { width: number; height: number }) {
  const { page } = await platform.newPage(size);
  await signInOnPage(page, member);
  await page.goto("/messages/setup");
  await page.getByLabel("I have saved it somewhere safe").check();
  await page.getByRole("button", { name: "Finish setting up" }).click();
  await page.waitForURL(/\/messages$/);
  return page;
}

/**
 * Mentor Aino and mentee Willow in an active relationship, each signed in in their own browser
 * context.
 */
export async function activePairInBrowsers(platform: Platform) {
  const db = platform.built.ctx.db;
  const mentee = await buildUser(db, { roles: ["mentee"], displayName: "Willow" });
  const mentor = await buildUser(db, { roles: ["mentee", "mentor"], displayName: "Aino" });
  await activeRelationship(platform, mentor.id, mentee.id);
  const mentorSide = await signIn(platform, mentor, /Aino/);
  const menteeSide = await signIn(platform, mentee, /Willow/);
  return { mentee, mentor, mentorSide, menteeSide };
}

/** First device of a member: the messaging pages send them to set up; returns the recovery key shown once. */
export async function setUpFirstDevice(page: Page, options: { passphrase?: string } = {}): Promise<string> {
  await page.goto("/messages");
  await page.getByRole("heading", { name: "Set up secure messaging on this device" }).waitFor();
  const shown = page.getByLabel("Recovery key", { exact: true });
  await expect.poll(() => shown.textContent(), { timeout: 20_000 }).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{1,4}){5,}$/);
  const recoveryKey = (await shown.textContent()) ?? "";
  await page.getByRole("checkbox", { name: "I have saved it somewhere safe" }).check();
  if (options.passphrase) {
    await page.getByLabel("Passphrase", { exact: true }).fill(options.passphrase);
    await page.getByLabel("Repeat the passphrase").fill(options.passphrase);
  }
  await page.getByRole("button", { name: "Finish setting up" }).click();
  // Argon2id with 64 MiB runs in the browser when a passphrase is set.
  await page.getByRole("heading", { name: "Messages", exact: true }).waitFor({ timeout: 30_000 });
  return recoveryKey;
}

/** A further device of a member restores keys and history with the recovery key. */
export async function restoreWithRecoveryKey(page: Page, recoveryKey: string) {
  await page.goto("/messages");
  await page.getByRole("heading", { name: "Set up secure messaging on this device" }).waitFor();
  await page.getByRole("textbox", { name: "Recovery key" }).fill(recoveryKey);
  await page.getByRole("button", { name: "Restore with your recovery key" }).click();
  await page.getByRole("heading", { name: "Messages", exact: true }).waitFor({ timeout: 30_000 });
}

/** A further device restores with the passphrase instead of the recovery key. */
export async function restoreWithPassphrase(page: Page, passphrase: string) {
  await page.goto("/messages");
  await page.getByRole("heading", { name: "Set up secure messaging on this device" }).waitFor();
  // The segmented control's visible label (its radio input is visually hidden).
  await page.locator("label", { hasText: /^Passphrase$/ }).click();
  await page.getByRole("textbox", { name: "Passphrase", exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Restore with your passphrase" }).click();
  await page.getByRole("heading", { name: "Messages", exact: true }).waitFor({ timeout: 30_000 });
}

export async function openConversation(page: Page, title: string) {
  await page.goto("/messages");
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { name: title, exact: true }).waitFor();
  await page.getByRole("log", { name: "Messages" }).waitFor();
}

export const messageLog = (page: Page) => page.getByRole("log", { name: "Messages" });

export async function send(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(text);
  await page.getByRole("textbox", { name: "Message", exact: true }).press("Enter");
}

/** Waits until nothing this page sent is still waiting for the server's acknowledgement. */
export async function allSent(page: Page) {
  await expect.poll(() => page.getByText("Sending…").count(), { timeout: 20_000 }).toBe(0);
}

/** The log's messages' texts in order (one article per message). */
export async function messageTexts(page: Page): Promise<string[]> {
  return messageLog(page)
    .getByRole("article")
    .evaluateAll((articles) => articles.map((a) => a.textContent ?? ""));
}

/** The message (article) whose text contains `text`. */
export const messageWith = (page: Page, text: string) =>
  messageLog(page).getByRole("article").filter({ hasText: text });
