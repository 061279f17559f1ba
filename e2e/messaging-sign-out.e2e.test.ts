import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePairInBrowsers, setUpFirstDevice, signInOnPage } from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("signing out of a shared computer", () => {
  it("removes this browser's messaging keys and revokes its device", async () => {
    const { mentee, menteeSide } = await activePairInBrowsers(platform);
    const page = menteeSide.page;
    await setUpFirstDevice(page);
    const keysStored = () =>
      page.evaluate(async () =>
        (await indexedDB.databases()).some((d) => d.name?.startsWith("mentalverse-messaging-")),
      );
    expect(await keysStored()).toBe(true);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out and remove messages from this browser" }).click();
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
    expect(await keysStored()).toBe(false);

    const devices = await platform.built.ctx.db
      .selectFrom("messaging_devices")
      .select(["revoked_at"])
      .where("user_id", "=", mentee.id)
      .execute();
    expect(devices).toHaveLength(1);
    expect(devices[0]?.revoked_at).not.toBeNull();

    // Signed in again in the same browser, the member has to restore messaging with their recovery key.
    await signInOnPage(page, mentee);
    await page.goto("/messages");
    await page.getByRole("form", { name: "Restore secure messaging" }).waitFor();
  });
});
