import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./support/journeys.js";
import {
  activePairInBrowsers,
  allSent,
  messageLog,
  messageTexts,
  messageWith,
  openConversation,
  restoreWithPassphrase,
  restoreWithRecoveryKey,
  send,
  setUpFirstDevice,
} from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("end-to-end encrypted messaging in the browser", () => {
  it("chats in real time, catches up after going offline, and restores history on a new device", async () => {
    const { mentee, mentorSide, menteeSide } = await activePairInBrowsers(platform);
    const mentorPage = mentorSide.page;
    const menteePage = menteeSide.page;

    // Each sets up this browser as a device; the recovery key is shown once.
    await setUpFirstDevice(mentorPage);
    const menteeRecoveryKey = await setUpFirstDevice(menteePage);

    await openConversation(mentorPage, "Willow");
    await openConversation(menteePage, "Aino");

    // Typing shows on the other side, then the message arrives live.
    await mentorPage.getByRole("textbox", { name: "Message", exact: true }).fill("Hello Willow");
    await menteePage.getByText("Aino is typing…").waitFor();
    await mentorPage.getByRole("textbox", { name: "Message", exact: true }).press("Enter");
    await messageLog(menteePage).getByText("Hello Willow").waitFor();

    // And back the other way.
    await send(menteePage, "Hi Aino, good to meet you");
    await messageLog(mentorPage).getByText("Hi Aino, good to meet you").waitFor();

    // The mentee reacts to the mentor's message; the mentor sees it.
    await messageWith(menteePage, "Hello Willow")
      .getByRole("button", { name: /Actions for the message from Aino/ })
      .click();
    await menteePage.getByRole("menuitem", { name: /Thumbs up/ }).click();
    await messageWith(mentorPage, "Hello Willow").getByRole("button", { name: "Thumbs up: 1 reaction" }).waitFor();

    // The mentor edits their message; the mentee sees the new text, marked edited.
    await messageWith(mentorPage, "Hello Willow")
      .getByRole("button", { name: /Actions for the message from You/ })
      .click();
    await mentorPage.getByRole("menuitem", { name: "Edit" }).click();
    await mentorPage.getByRole("textbox", { name: "Edited message" }).fill("Hello Willow, welcome aboard");
    await mentorPage.getByRole("button", { name: "Save edit" }).click();
    const edited = messageWith(menteePage, "Hello Willow, welcome aboard");
    await edited.waitFor();
    await expect(edited.textContent()).resolves.toContain("edited");
    // The mentee has read it all: the mentor's last message says so.
    await messageLog(mentorPage).getByText("Seen", { exact: true }).waitFor();

    // An encrypted attachment: the mentor sends a file, the mentee downloads and decrypts it.
    await mentorPage.locator('input[type="file"]').setInputFiles({
      name: "week-plan.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Walk on Tuesday, call on Friday."),
    });
    await send(mentorPage, "Here is our plan");
    const withFile = messageWith(menteePage, "Here is our plan");
    await withFile.getByText("week-plan.txt").waitFor();
    const [download] = await Promise.all([
      menteePage.waitForEvent("download"),
      withFile.getByRole("button", { name: "Download week-plan.txt" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("week-plan.txt");
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("utf8")).toBe("Walk on Tuesday, call on Friday.");

    // Reporting a message opens the report dialog with that message.
    await withFile.getByRole("button", { name: /Actions for the message from Aino/ }).click();
    await menteePage.getByRole("menuitem", { name: "Report" }).click();
    const dialog = menteePage.getByRole("dialog", { name: "Report a message" });
    await dialog.getByText("Here is our plan").first().waitFor();
    await menteePage.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // The mentor deletes that message: the mentee sees that it was deleted, not what it said.
    await messageWith(mentorPage, "Here is our plan")
      .getByRole("button", { name: /Actions for the message from You/ })
      .click();
    await mentorPage.getByRole("menuitem", { name: "Delete" }).click();
    await mentorPage.getByRole("button", { name: "Delete", exact: true }).click();
    await messageLog(menteePage).getByText("This message was deleted.").waitFor();
    await expect(messageLog(menteePage).getByText("Here is our plan").count()).resolves.toBe(0);

    // The mentee goes offline while the mentor sends three messages...
    await menteeSide.context.setOffline(true);
    for (const text of ["First while away", "Second while away", "Third while away"]) await send(mentorPage, text);
    await allSent(mentorPage);
    // Meanwhile the mentee writes too: it waits as "Sending…" until the connection is back.
    await send(menteePage, "Written on the train");
    await menteePage.getByText("Sending…").waitFor();
    await menteePage.waitForTimeout(1000);
    await expect(messageLog(menteePage).getByText("First while away").count()).resolves.toBe(0);

    // ...and on coming back shows each of them once, in order.
    await menteeSide.context.setOffline(false);
    await messageLog(menteePage).getByText("Third while away").waitFor({ timeout: 60_000 });
    const texts = await messageTexts(menteePage);
    const away = ["First while away", "Second while away", "Third while away"].map(
      (text) => texts.filter((t) => t.includes(text)).length,
    );
    expect(away).toEqual([1, 1, 1]);
    const order = ["First while away", "Second while away", "Third while away"].map((text) =>
      texts.findIndex((t) => t.includes(text)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The mentee's own message went out once, under the same client id, and reached the mentor.
    await allSent(menteePage);
    await messageLog(mentorPage).getByText("Written on the train").waitFor();
    await expect(messageLog(mentorPage).getByText("Written on the train").count()).resolves.toBe(1);
    await expect(messageLog(menteePage).getByText("Written on the train").count()).resolves.toBe(1);

    // A new device of the mentee restores with the recovery key and reads the earlier history.
    const newDevice = await signIn(platform, mentee, /Willow/);
    await restoreWithRecoveryKey(newDevice.page, menteeRecoveryKey);
    await openConversation(newDevice.page, "Aino");
    for (const text of ["Hello Willow, welcome aboard", "Hi Aino, good to meet you", "Third while away"]) {
      await messageLog(newDevice.page).getByText(text).waitFor();
    }
    await expect(newDevice.page.getByText("This message could not be verified").count()).resolves.toBe(0);
    // The mentor, reading along, is told that Willow's devices changed (so are the safety numbers).
    await mentorPage.getByText("Willow added a device.").waitFor();

    // On a 360 px phone the conversation fits without sideways scrolling.
    await newDevice.page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() => newDevice.page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
  });

  it("pages back through a long history on a device restored with the passphrase", async () => {
    const { mentee, mentorSide, menteeSide } = await activePairInBrowsers(platform);
    const passphrase = "saturday walking group by the river";
    await setUpFirstDevice(mentorSide.page);
    await setUpFirstDevice(menteeSide.page, { passphrase });
    await openConversation(mentorSide.page, "Willow");
    const notes = Array.from({ length: 55 }, (_, i) => `Note ${i + 1}`);
    for (const note of notes) await send(mentorSide.page, note);
    await allSent(mentorSide.page);

    const newDevice = await signIn(platform, mentee, /Willow/);
    await restoreWithPassphrase(newDevice.page, passphrase);
    await openConversation(newDevice.page, "Aino");
    const log = messageLog(newDevice.page);
    await log.getByText("Note 55", { exact: true }).waitFor();
    await expect(log.getByText("Note 1", { exact: true }).count()).resolves.toBe(0);
    await newDevice.page.getByRole("button", { name: "Load earlier messages" }).click();
    await log.getByText("Note 1", { exact: true }).waitFor();
    await expect(newDevice.page.getByRole("button", { name: "Load earlier messages" }).count()).resolves.toBe(0);
    const texts = await messageTexts(newDevice.page);
    const shown = texts.map((t) => /Note \d+/.exec(t)?.[0]);
    expect(shown).toEqual(notes);
  });

  it("sends a message written before the tab closed once the member is back, from any page", async () => {
    const { mentorSide, menteeSide } = await activePairInBrowsers(platform);
    await setUpFirstDevice(mentorSide.page);
    await setUpFirstDevice(menteeSide.page);
    await openConversation(mentorSide.page, "Willow");
    await openConversation(menteeSide.page, "Aino");
    // The first message makes the conversation's key, which needs the server; later ones are sealed offline.
    await send(menteeSide.page, "Hello before the train");
    await messageLog(mentorSide.page).getByText("Hello before the train").waitFor();
    await menteeSide.context.setOffline(true);
    await send(menteeSide.page, "Written before closing");
    await menteeSide.page.getByText("Sending…").waitFor();
    // The encrypted send is in the device's outbox before it goes out; give the write a moment.
    await menteeSide.page.waitForTimeout(500);
    await menteeSide.page.close();
    await menteeSide.context.setOffline(false);
    const again = await menteeSide.context.newPage();
    await again.goto("/home");
    await messageLog(mentorSide.page).getByText("Written before closing").waitFor({ timeout: 30_000 });
    await openConversation(again, "Aino");
    await allSent(again);
    await messageLog(again).getByText("Written before closing").waitFor();
    await expect(messageLog(again).getByText("Written before closing").count()).resolves.toBe(1);
    await expect(messageLog(mentorSide.page).getByText("Written before closing").count()).resolves.toBe(1);
  });
});
