import { NotificationPreferencesSchema } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("notification settings", () => {
  it("a member turns matching emails off and moves quiet hours to another zone, on a phone-sized screen", async () => {
    const member = await buildUser(platform.built.ctx.db, { roles: ["mentee"], displayName: "Rowan" });
    const { page } = await platform.newPage({ width: 360, height: 800 });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: /Rowan/ }).waitFor();

    await page.goto("/settings");
    await page.getByRole("link", { name: "Notification settings" }).click();
    await page.getByRole("heading", { name: "Notification settings", level: 1 }).waitFor();

    const safetyInApp = page.getByRole("switch", { name: "Safety in the app" });
    expect(await safetyInApp.isChecked()).toBe(true);
    expect(await safetyInApp.isDisabled()).toBe(true);
    const matchingEmail = page.getByRole("switch", { name: "Matching by email" });
    expect(await matchingEmail.isChecked()).toBe(true);
    await matchingEmail.click({ force: true });
    expect(await matchingEmail.isChecked()).toBe(false);

    await page.getByLabel("Quiet from").fill("21:30");
    await page.getByRole("combobox", { name: "Time zone for quiet hours" }).fill("Asia/Tok");
    await page.getByRole("option", { name: "Asia/Tokyo" }).click();
    await page.getByRole("button", { name: "Save notification settings" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const saved = NotificationPreferencesSchema.parse(
      await (await page.request.get("/api/notifications/preferences")).json(),
    );
    expect(saved.categories.find((c) => c.category === "matching")).toMatchObject({ inApp: true, email: false });
    expect(saved.quietHours).toEqual({ enabled: true, start: "21:30", end: "07:00", timeZone: "Asia/Tokyo" });

    await page.reload();
    expect(await page.getByRole("switch", { name: "Matching by email" }).isChecked()).toBe(false);
  });
});
