import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

/** The platform's first real-time event, end to end: a service raises it, the member's open page shows it. */
describe("a notification in real time", () => {
  it("reaches the member's open browser when an admin changes their roles", async () => {
    const db = platform.built.ctx.db;
    const admin = await buildUser(db, { roles: ["admin"], displayName: "Admin Ash" });
    const member = await buildUser(db, { roles: ["mentee"], displayName: "Willow" });

    const { page } = await platform.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: /Willow/ }).waitFor();
    await page.getByRole("link", { name: "Notifications", exact: true }).first().waitFor();

    // The admin acts from another browser, through the API the admin pages use.
    const { page: adminPage, context: adminContext } = await platform.newPage();
    await adminPage.goto("/");
    const csrf = (await adminContext.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
    const headers = { [CSRF_HEADER]: csrf };
    const signIn = await adminPage.request.post("/api/auth/sign-in", {
      data: { email: admin.email, password: admin.password },
      headers,
    });
    expect(signIn.status()).toBe(200);
    const change = await adminPage.request.put(`/api/admin/users/${member.id}/roles`, {
      data: { roles: ["mentee", "mentor"], reason: "Completed mentor training" },
      headers,
    });
    expect(change.status()).toBe(200);

    // No reload: the toast and the bell update over the socket.
    await page.getByText("You can now mentor").first().waitFor({ timeout: 15_000 });
    await page.getByRole("link", { name: "Notifications, 1 unread" }).waitFor({ timeout: 15_000 });
  });
});
