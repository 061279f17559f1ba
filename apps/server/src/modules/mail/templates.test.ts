import { describe, expect, it } from "vitest";
import { deletionScheduledMail, passwordChangedMail, passwordResetMail } from "./templates.js";

describe("mail templates", () => {
  it("a reset mail carries the link, how long it works, and what to do if it was not you", () => {
    const mail = passwordResetMail("a@example.test", "https://mv.example/reset-password?token=abc", 60);
    expect(mail.to).toBe("a@example.test");
    expect(mail.text).toContain("https://mv.example/reset-password?token=abc");
    expect(mail.text).toContain("for 60 minutes");
    expect(mail.text).toMatch(/did not ask for this/);
  });

  it("a password-changed notice names the time in UTC and where to recover", () => {
    const mail = passwordChangedMail("a@example.test", new Date("2026-03-01T09:30:00Z"), "https://mv.example/sign-in");
    expect(mail.text).toContain("Sunday, 1 March 2026 at 09:30 UTC");
    expect(mail.text).toContain("https://mv.example/sign-in");
  });

  it("a deletion notice gives the date and how to keep the account", () => {
    const mail = deletionScheduledMail(
      "a@example.test",
      new Date("2026-03-15T12:00:00Z"),
      "https://mv.example/sign-in",
    );
    expect(mail.text).toContain("Sunday, 15 March 2026 at 12:00 UTC");
    expect(mail.text).toMatch(/keep your account/);
  });
});
