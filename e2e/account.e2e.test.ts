import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("a member's account in the browser", () => {
  it("signs up, signs out, signs in and changes display name", async () => {
    const { page } = await platform.newPage();
    const email = `river-${Date.now()}@example.test`;
    const password = "a long and private passphrase";

    await page.goto("/");
    await page
      .getByText(/not therapy/i)
      .first()
      .waitFor();

    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Display name").fill("QuietRiver");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByText("QuietRiver").first().waitFor();

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("QuietRiver").first().waitFor();

    await page.goto("/settings");
    const name = page.getByLabel("Display name");
    await name.fill("StillWater");
    await page.getByRole("button", { name: "Save" }).first().click();
    await page.getByText("StillWater").first().waitFor();

    await page.reload();
    await expect(page.getByLabel("Display name").inputValue()).resolves.toBe("StillWater");
    const session = await page.request.get("/api/auth/session");
    expect((await session.json()).user.displayName).toBe("StillWater");
  });

  it("is usable at 360 px wide without horizontal scrolling", async () => {
    const { page } = await platform.newPage({ width: 360, height: 740 });
    for (const path of ["/", "/sign-up", "/sign-in"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
  });
});
