import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeProfile } from "../apps/server/test/profile-fixture.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const PASSWORD = "a long and private passphrase";

async function signUp(page: Page, displayName: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`${displayName.toLowerCase()}-${Date.now()}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Display name").fill(displayName);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: `Welcome, ${displayName}` }).waitFor();
}

/** About, consent and intent: the steps before the safety check. */
async function throughIntent(page: Page) {
  await page.getByRole("link", { name: "Continue onboarding" }).click();
  await page.getByRole("heading", { name: "What MentalVerse is, and what it is not" }).waitFor();
  await page.getByText("It is not therapy,").waitFor();
  await page.getByRole("button", { name: "I understand, continue" }).click();

  await page.getByRole("heading", { name: "What a match sees" }).waitFor();
  await page.getByRole("heading", { name: "What staff see" }).waitFor();
  await page.getByRole("button", { name: "Give consent" }).click();
  // Consent is never implied: without the tick nothing is sent.
  await page.getByText("Tick the box to agree").waitFor();
  await page.getByLabel("I have read this and I agree").check();
  await page.getByRole("button", { name: "Give consent" }).click();

  await page.getByRole("heading", { name: "What would you like to do?" }).waitFor();
  await page.getByLabel("Seek support from a peer mentor").check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await page.getByRole("heading", { name: "Safety check" }).waitFor();
}

async function answer(page: Page, question: RegExp | string, option: string) {
  await page.getByRole("radiogroup", { name: question }).getByRole("radio", { name: option, exact: true }).check();
}

async function chooseCountry(page: Page, name: string) {
  const select = page.getByRole("combobox", { name: "Your country (for crisis lines)" });
  await select.fill(name);
  await page.getByRole("option", { name }).click();
}

async function apiHeaders(context: BrowserContext) {
  const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  return { [CSRF_HEADER]: csrf };
}

describe("onboarding in the browser", () => {
  it("a high-risk safety check shows the crisis lines at once and holds matching", async () => {
    const { page } = await platform.newPage();
    await signUp(page, "HarbourLight");
    await throughIntent(page);

    await chooseCountry(page, "United States");
    await answer(page, /wished you were dead/, "Yes");
    // A yes is saved as a draft straight away, and the server's crisis lines come back with it.
    await page.getByRole("heading", { name: "Crisis lines you can contact now" }).waitFor();
    // Coming back to the unfinished check resumes it, answers and crisis lines included.
    await page.reload();
    await page.getByRole("heading", { name: "Crisis lines you can contact now" }).waitFor();
    await expect(
      page
        .getByRole("radiogroup", { name: /wished you were dead/ })
        .getByRole("radio", { name: "Yes" })
        .isChecked(),
    ).resolves.toBe(true);
    await answer(page, /actually had any thoughts of killing yourself/, "Yes");
    await answer(page, /thinking about how you might do this/, "No");
    await answer(page, /intention of acting on them/, "Yes");
    await answer(page, /worked out the details/, "No");
    await answer(page, /ever done anything, started to do anything/, "No");
    await page.getByRole("button", { name: "Submit safety check" }).click();

    await page.getByText(/A member of our safety team will reach out to you soon/).waitFor();
    await page.getByText("988 Suicide & Crisis Lifeline").waitFor();
    await expect(page.getByRole("link", { name: "988" }).first().getAttribute("href")).resolves.toBe("tel:988");
    await page.getByText("Peer matching: on hold until you have talked with the safety team.").waitFor();

    const status = await (await page.request.get("/api/screening/status")).json();
    expect(status).toMatchObject({ lastRisk: "high", matchingHeld: true, due: false });

    // Moving on keeps the hold in view, on onboarding and on the safety check page.
    await page.getByRole("button", { name: "Continue to the wellbeing check-in" }).click();
    await page.getByRole("heading", { name: "Wellbeing check-in" }).waitFor();
    await page.getByText("Peer matching is on hold", { exact: true }).waitFor();
    await page.goto("/screening");
    await page.getByRole("heading", { name: "Your status" }).waitFor();
    await page.getByText("On hold", { exact: true }).waitFor();
    await page.getByRole("cell", { name: "High" }).waitFor();
  });

  it("a low-risk member takes the baseline PHQ-9, resumes where they left off, and finishes", async () => {
    const { page, context } = await platform.newPage();
    await signUp(page, "MeadowLark");
    await throughIntent(page);

    await answer(page, /wished you were dead/, "No");
    await answer(page, /actually had any thoughts of killing yourself/, "No");
    await answer(page, /ever done anything, started to do anything/, "No");
    await page.getByRole("button", { name: "Submit safety check" }).click();
    await page.getByText(/Nothing in your answers needs follow-up now/).waitFor();
    await expect(page.getByRole("heading", { name: "Crisis lines you can contact now" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Continue to the wellbeing check-in" }).click();

    // Leaving and coming back opens the first step not done.
    await page.goto("/home");
    await page.getByRole("link", { name: "Continue onboarding" }).click();
    await page.getByRole("heading", { name: "Wellbeing check-in" }).waitFor();

    await page.getByRole("link", { name: "Take the PHQ-9" }).click();
    await page.getByRole("heading", { name: "PHQ-9" }).waitFor();
    const items = page.getByRole("radiogroup", { name: /^\d\. / });
    await items.first().waitFor();
    expect(await items.count()).toBe(9);
    for (let i = 0; i < 4; i += 1) await items.nth(i).getByRole("radio", { name: "Several days" }).check();
    await page.getByText("Answered 4 of 9").waitFor();
    await page.getByRole("button", { name: "Save and finish later" }).click();
    await page.getByText("5 questions still to answer").waitFor();
    const history = await (await page.request.get("/api/measures/history")).json();
    expect(history.drafts).toHaveLength(1);
    expect(history.drafts[0].result).toBeNull();

    for (let i = 4; i < 8; i += 1) await items.nth(i).getByRole("radio", { name: "Several days" }).check();
    await items.nth(8).getByRole("radio", { name: "Not at all" }).check();
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.getByText("Your score: 8 out of 27").waitFor();
    await page.getByText("Band: Mild depression").waitFor();

    await page.getByRole("link", { name: "Back to onboarding" }).click();
    await page.getByRole("heading", { name: "Wellbeing check-in" }).waitFor();
    await page.getByText("Mild depression").waitFor();
    await page.getByRole("link", { name: "Take the GAD-7" }).waitFor();

    // The GAD-7 and WHO-5 through the API the form uses; the matching profile is another page's test.
    const headers = await apiHeaders(context);
    const zeros = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`item${i + 1}`, 0]));
    const threes = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`item${i + 1}`, 3]));
    for (const [instrument, answers] of [
      ["gad7", zeros(7)],
      ["who5", threes(5)],
    ] as const) {
      const res = await page.request.put(`/api/measures/responses/${instrument}`, { data: { answers }, headers });
      expect(res.status()).toBe(200);
    }
    // With the baseline done, onboarding resumes at the profile, which is not complete yet.
    await page.reload();
    await page.getByRole("heading", { name: "Your matching profile" }).waitFor();
    await page.getByText("Not complete yet", { exact: true }).waitFor();
    await expect(page.getByRole("link", { name: "Fill in your matching profile" }).getAttribute("href")).resolves.toBe(
      "/profile",
    );

    const profile = await page.request.put("/api/profile", { data: completeProfile(), headers });
    expect(profile.status()).toBe(200);
    await page.reload();
    await page.getByRole("heading", { name: "Onboarding is complete" }).waitFor();
    await page.getByRole("button", { name: /Matching profile \(done\)/ }).click();
    await page.getByText("Complete", { exact: true }).waitFor();

    await page.goto("/measures");
    await page.getByRole("heading", { name: /Patient Health Questionnaire-9/ }).waitFor();
    await page.getByText("Latest score: 8 out of 27").waitFor();
    await page.getByText("This is your first result (your baseline).").first().waitFor();
    const status = await (await page.request.get("/api/screening/status")).json();
    expect(status).toMatchObject({ lastRisk: "none", matchingHeld: false });
  });

  it("a PHQ-9 item 9 above 0 goes straight to the safety check", async () => {
    const { page } = await platform.newPage();
    await signUp(page, "NorthWind");
    await page.goto("/measures/phq9");
    const items = page.getByRole("radiogroup", { name: /^\d\. / });
    await items.nth(0).waitFor();
    for (let i = 0; i < 8; i += 1) await items.nth(i).getByRole("radio", { name: "Not at all" }).check();
    await items.nth(8).getByRole("radio", { name: "Several days" }).check();
    // The crisis lines are on screen before anything is saved.
    await page.getByRole("heading", { name: "If you are in danger now" }).waitFor();
    await page.getByRole("button", { name: "Submit answers" }).click();

    await page.waitForURL(/\/screening\?reason=phq9/);
    await page.getByText("A few safety questions, now").waitFor();
    await page.getByRole("radiogroup", { name: /wished you were dead/ }).waitFor();
    const status = await (await page.request.get("/api/screening/status")).json();
    expect(status).toMatchObject({ due: true, dueReason: "requested" });
  });

  it("the onboarding, safety check and wellbeing pages fit 360 px without sideways scrolling", async () => {
    const { page } = await platform.newPage({ width: 360, height: 740 });
    await signUp(page, "SmallScreen");
    for (const path of ["/onboarding", "/screening", "/measures", "/measures/phq9"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
  });
});
