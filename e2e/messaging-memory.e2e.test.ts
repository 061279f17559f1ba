import { generateDeviceKeys, ready, signDevice } from "@mentalverse/e2ee";
import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activePairInBrowsers,
  messageLog,
  messageWith,
  openConversation,
  send,
  setUpFirstDevice,
} from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

/** What the device remembers between visits: the devices it trusted, and evidence of what it showed. */
describe("messaging memory on the device", () => {
  it("tells a member on coming back that the other's devices changed while the page was closed", async () => {
    await ready();
    const { mentee, mentorSide, menteeSide } = await activePairInBrowsers(platform);
    const page = mentorSide.page;
    await setUpFirstDevice(page);
    await setUpFirstDevice(menteeSide.page);
    // First visit: the devices seen are trusted as they are; they are remembered once shown.
    await openConversation(page, "Willow");
    await page.waitForTimeout(500);
    await expect(page.getByText(/since your last visit/).count()).resolves.toBe(0);
    await page.goto("/home");

    // Meanwhile a device is registered for Willow straight through the API, as a server adding its own could.
    const keys = generateDeviceKeys();
    const csrf = (await menteeSide.context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
    const response = await menteeSide.page.request.post("/api/messaging/devices", {
      headers: { [CSRF_HEADER]: csrf },
      data: {
        name: "Unexpected device",
        boxPublicKey: keys.boxPublicKey,
        signPublicKey: keys.signPublicKey,
        deviceSignature: signDevice(mentee.id, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
      },
    });
    expect(response.status()).toBe(201);

    await openConversation(page, "Willow");
    await page.getByText("Willow added a device since your last visit.").waitFor();
    // Told once: the new list is remembered, so the next visit has nothing to tell.
    await page.waitForTimeout(500);
    await page.reload();
    await messageLog(page).waitFor();
    await page.waitForTimeout(500);
    await expect(page.getByText(/since your last visit/).count()).resolves.toBe(0);

    // The same device id with other keys (only a server could list that) is a loud warning.
    await page.goto("/home");
    await platform.built.ctx.db
      .updateTable("messaging_devices")
      .set({ box_public_key: generateDeviceKeys().boxPublicKey })
      .where("user_id", "=", mentee.id)
      .where("name", "=", "Unexpected device")
      .execute();
    await openConversation(page, "Willow");
    await page
      .getByRole("alert")
      .filter({ hasText: "A device's keys changed" })
      .getByText("A device of Willow now has different keys since your last visit.")
      .waitFor();
  });

  it("reports a message its sender deleted while the reader's tab was closed", async () => {
    const { mentee, mentor, mentorSide, menteeSide } = await activePairInBrowsers(platform);
    await setUpFirstDevice(mentorSide.page);
    await setUpFirstDevice(menteeSide.page);
    await openConversation(mentorSide.page, "Willow");
    await openConversation(menteeSide.page, "Aino");
    await send(mentorSide.page, "Tell anyone and you will regret it");
    await messageLog(menteeSide.page).getByText("Tell anyone and you will regret it").waitFor();
    // The reader's device keeps the encrypted event once shown; give the write a moment, then close the tab.
    await menteeSide.page.waitForTimeout(500);
    await menteeSide.page.close();

    await messageWith(mentorSide.page, "Tell anyone")
      .getByRole("button", { name: /Actions for the message from You/ })
      .click();
    await mentorSide.page.getByRole("menuitem", { name: "Delete" }).click();
    await mentorSide.page.getByRole("button", { name: "Delete", exact: true }).click();
    await messageLog(mentorSide.page).getByText("This message was deleted.").waitFor();

    const again = await menteeSide.context.newPage();
    await openConversation(again, "Aino");
    const deleted = messageWith(again, "This message was deleted.");
    await deleted.waitFor();
    await expect(messageLog(again).getByText("Tell anyone").count()).resolves.toBe(0);
    await deleted.getByRole("button", { name: /Actions for the message from Aino/ }).click();
    await again.getByRole("menuitem", { name: "Report" }).click();
    const dialog = again.getByRole("dialog", { name: "Report a message" });
    await dialog.getByText("(deleted by the sender: your device kept what it showed you)").waitFor();
    await dialog.getByLabel("Why are you reporting it?").selectOption({ label: "Threats" });
    await dialog.getByRole("button", { name: "Send report" }).click();
    await dialog.getByText(/The safety team has your report/).waitFor();
    const rows = await platform.built.ctx.db
      .selectFrom("safety_reports")
      .select(["subject_id", "messages"])
      .where("reporter_id", "=", mentee.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject_id).toBe(mentor.id);
    expect(((rows[0]?.messages ?? []) as { text: string }[]).map((m) => m.text)).toEqual([
      "Tell anyone and you will regret it",
    ]);
  });
});
