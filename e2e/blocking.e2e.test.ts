import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCall } from "./support/journeys.js";
import { activePairInBrowsers } from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const statusOf = (page: Page) => page.getByRole("group", { name: "Relationship status" });
const pairConversation = async (side: Parameters<typeof apiCall>[0]) =>
  (
    (await apiCall(side, "get", "/api/conversations")) as { conversations: { kind: string; state: string }[] }
  ).conversations.find((c) => c.kind === "pair");

/**
 * Nothing on the page says "block": not in the text shown (innerText, which is what is rendered,
 * unlike textContent it skips style sheets saying "display: block"), and not in the markup either,
 * labels and hidden text included.
 */
async function expectNoWordOfBlocking(page: Page) {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the member reads
  await expect(page.locator("body").innerText()).resolves.not.toMatch(/block/i);
  await expect(page.content()).resolves.not.toMatch(/blocked|blocking|after a block|block (aino|willow)/i);
}

describe("blocking in the browser", () => {
  it("a mentee blocks their mentor: the relationship ends for both, and only the mentee sees why", async () => {
    const { mentee, mentorSide, menteeSide } = await activePairInBrowsers(platform);
    const relationship = await platform.built.ctx.db
      .selectFrom("relationships")
      .select("id")
      .where("mentee_id", "=", mentee.id)
      .executeTakeFirstOrThrow();
    const path = `/relationships/${relationship.id}`;
    // The pair conversation exists (made when either lists conversations) and is open before the block.
    expect(await pairConversation(mentorSide)).toMatchObject({ state: "open" });

    const page = menteeSide.page;
    await page.goto(path);
    await page.getByRole("heading", { name: "Your mentor Aino" }).waitFor();
    await statusOf(page).getByText("Active").waitFor();

    // The dialog says plainly what happens, starts on the safe choice, and Escape leaves it.
    await page.getByRole("button", { name: "Block Aino" }).click();
    const dialog = page.getByRole("dialog", { name: "Block Aino?" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("Aino will not be matched with you again.");
    expect(text).toContain("Your relationship ends now and Aino can no longer message you.");
    expect(text).toContain("Aino will be told only that the relationship has ended, not that you blocked them.");
    expect(text).toContain("A supervisor from the mentoring team is told, so they can check in.");
    await dialog.getByRole("link", { name: "your conversation with Aino" }).waitFor();
    expect(await dialog.getByRole("link", { name: "Help page" }).getAttribute("href")).toBe("/help");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Don't block");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await statusOf(page).getByText("Active").waitFor();

    // Confirmed: the page shows the ending with the reason only the blocker is given, and a confirmation.
    await page.getByRole("button", { name: "Block Aino" }).click();
    await dialog.getByRole("button", { name: "Block Aino" }).click();
    await dialog.waitFor({ state: "hidden" });
    await statusOf(page).getByText("Closed").waitFor();
    await statusOf(page).getByText("Reason: Ended after a block").waitFor();
    // The confirmation on the page takes focus (the button that opened the dialog is gone); the
    // server's notice pops up too.
    await page.getByRole("heading", { name: "You blocked Aino" }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby")))
      .toBe("blocked-peer-heading");
    await page.getByText(/You blocked Aino: your relationship has ended and they can no longer message you/).waitFor();
    await page.getByRole("heading", { name: "You can ask for a new mentor" }).waitFor();
    await expect(page.getByRole("button", { name: "End the relationship" }).count()).resolves.toBe(0);
    expect(await pairConversation(menteeSide)).toMatchObject({ state: "read_only" });

    // The Matches page lists the block with a way to lift it, which asks first.
    await page.goto("/matches");
    const blocked = page.getByRole("region", { name: "Members you blocked" });
    await blocked.getByText(/^Aino blocked/).waitFor();
    await blocked.getByRole("button", { name: "Unblock Aino" }).click();
    const unblock = page.getByRole("dialog", { name: "Unblock Aino?" });
    await unblock.getByText(/Nothing that ended is reopened, and Aino is not told/).waitFor();
    await unblock.getByRole("button", { name: "Unblock Aino" }).click();
    await blocked.waitFor({ state: "detached" });

    // The mentor sees the relationship closed, with no reason and not a word about blocking.
    const mentorPage = mentorSide.page;
    await mentorPage.goto(path);
    await mentorPage.getByRole("heading", { name: "Your mentee Willow" }).waitFor();
    await statusOf(mentorPage).getByText("Closed").waitFor();
    await expect(
      statusOf(mentorPage)
        .getByText(/Reason:/)
        .count(),
    ).resolves.toBe(0);
    await mentorPage
      .getByRole("list", { name: "History" })
      .getByText(/Closed, by the mentee/)
      .waitFor();
    await expectNoWordOfBlocking(mentorPage);
    await mentorPage.goto("/matches");
    await mentorPage.getByRole("link", { name: "Open relationship with Willow" }).waitFor();
    await expectNoWordOfBlocking(mentorPage);
  });
});
