import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePairInBrowsers, openConversation, setUpFirstDevice } from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

// Chromium grants camera and microphone without asking and feeds them a test pattern and a beep.
const FAKE_MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"];

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({}, { browserArgs: FAKE_MEDIA });
});
afterAll(() => platform?.close());

const callPanel = (page: Page, peer: string) => page.getByRole("region", { name: `Video call with ${peer}` });

/** Frames are arriving in the named video element (the other side's camera, through the peer connection). */
const showsPicture = (page: Page, label: string) =>
  expect
    .poll(() => page.getByLabel(label).evaluate((video: HTMLVideoElement) => video.videoWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);

describe("calls in the browser", () => {
  it("rings the other member anywhere, connects a video call, hangs up on both sides and keeps the history", async () => {
    const { menteeSide, mentorSide } = await activePairInBrowsers(platform);
    await setUpFirstDevice(menteeSide.page);
    await setUpFirstDevice(mentorSide.page);
    const willow = menteeSide.page;
    const aino = mentorSide.page;
    await openConversation(willow, "Aino");
    const conversationPath = new URL(willow.url()).pathname;
    // Aino is on another page: an incoming call rings wherever the member is.
    await aino.goto("/home");

    await willow.getByRole("button", { name: "Start video call" }).click();
    await callPanel(willow, "Aino").getByRole("status").filter({ hasText: "Calling Aino…" }).waitFor();
    const ringing = aino.getByRole("dialog", { name: "Incoming video call" });
    await ringing.getByText("Willow").waitFor();
    // The dialog takes focus, on Accept.
    await expect.poll(() => aino.evaluate(() => document.activeElement?.textContent)).toBe("Accept");
    await ringing.getByRole("button", { name: "Accept" }).click();

    for (const [page, peer] of [
      [willow, "Aino"],
      [aino, "Willow"],
    ] as const) {
      await callPanel(page, peer).getByRole("status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
      await showsPicture(page, `${peer}'s video`);
      await callPanel(page, peer).getByRole("timer").waitFor();
    }

    // Mute and camera off are toggles that say whether they are on.
    const mute = callPanel(willow, "Aino").getByRole("button", { name: "Mute" });
    await mute.click();
    await expect.poll(() => mute.getAttribute("aria-pressed")).toBe("true");
    await mute.click();
    await expect.poll(() => mute.getAttribute("aria-pressed")).toBe("false");

    // Screen sharing in a video call swaps the camera's track; the other side keeps a picture.
    const share = callPanel(aino, "Willow").getByRole("button", { name: "Share screen" });
    await share.click();
    await expect.poll(() => share.getAttribute("aria-pressed")).toBe("true");
    await aino.getByLabel("Your shared screen").waitFor();
    await showsPicture(willow, "Aino's video");
    await share.click();
    await aino.getByLabel("Your camera").waitFor();

    await callPanel(willow, "Aino").getByRole("button", { name: "Hang up" }).click();
    await callPanel(aino, "Willow").getByRole("status").filter({ hasText: "Call ended" }).waitFor();
    await callPanel(willow, "Aino").getByRole("status").filter({ hasText: "Call ended" }).waitFor();
    // The camera is released on both sides.
    for (const page of [willow, aino]) {
      await expect
        .poll(() =>
          page.evaluate(() =>
            Array.from(document.querySelectorAll("video")).some((v) =>
              (v.srcObject as MediaStream | null)?.getTracks().some((t) => t.readyState === "live"),
            ),
          ),
        )
        .toBe(false);
    }

    // History on the conversation page, from each side.
    const calls = (page: Page) => page.getByRole("region", { name: "Calls" });
    await willow.getByRole("button", { name: "Call history" }).click();
    await calls(willow)
      .getByText(/^Outgoing video call, \d+:\d\d$/)
      .waitFor();
    await aino.goto(conversationPath);
    await aino.getByRole("button", { name: "Call history" }).click();
    await calls(aino)
      .getByText(/^Incoming video call, \d+:\d\d$/)
      .waitFor();
  });

  it("declines a call, which the caller is told", async () => {
    const { menteeSide, mentorSide } = await activePairInBrowsers(platform);
    await setUpFirstDevice(menteeSide.page);
    await setUpFirstDevice(mentorSide.page);
    await openConversation(menteeSide.page, "Aino");
    await menteeSide.page.getByRole("button", { name: "Start audio call" }).click();
    const ringing = mentorSide.page.getByRole("dialog", { name: "Incoming audio call" });
    await ringing.getByRole("button", { name: "Decline" }).click();
    await menteeSide.page
      .getByRole("region", { name: "Audio call with Aino" })
      .getByRole("status")
      .filter({ hasText: "Call declined" })
      .waitFor();
    await menteeSide.page.getByRole("button", { name: "Call history" }).click();
    await menteeSide.page.getByRole("region", { name: "Calls" }).getByText("Declined audio call").waitFor();
  });

  it("shares a screen in an audio call by renegotiating, then stops", async () => {
    const { menteeSide, mentorSide } = await activePairInBrowsers(platform);
    await setUpFirstDevice(menteeSide.page);
    await setUpFirstDevice(mentorSide.page);
    const willow = menteeSide.page;
    const aino = mentorSide.page;
    await openConversation(willow, "Aino");
    await willow.getByRole("button", { name: "Start audio call" }).click();
    await aino.getByRole("dialog", { name: "Incoming audio call" }).getByRole("button", { name: "Accept" }).click();
    const willowPanel = willow.getByRole("region", { name: "Audio call with Aino" });
    const ainoPanel = aino.getByRole("region", { name: "Audio call with Willow" });
    await willowPanel.getByRole("status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
    await willowPanel.getByText("Audio only").waitFor();

    // Aino's screen arrives as a new video track: an offer and answer over call:signal.
    await ainoPanel.getByRole("status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
    await ainoPanel.getByRole("button", { name: "Share screen" }).click();
    await showsPicture(willow, "Aino's video");
    await ainoPanel.getByRole("button", { name: "Share screen" }).click();
    await willowPanel.getByText("Audio only").waitFor({ timeout: 20_000 });
    await willowPanel.getByRole("status").filter({ hasText: "Connected" }).waitFor();

    await ainoPanel.getByRole("button", { name: "Hang up" }).click();
    await willowPanel.getByRole("status").filter({ hasText: "Call ended" }).waitFor();
  });
});
