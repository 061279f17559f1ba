import { ROLES } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { roleChangeNotice } from "./role-change-notice.js";

describe("roleChangeNotice", () => {
  it("leads with the most significant new role and mentions the others", () => {
    const notice = roleChangeNotice(["mentor", "safety"], []);
    expect(notice.title).toBe("You have joined the safety team");
    expect(notice.body).toContain("You also have the mentor role now.");
  });

  it("says plainly which roles were taken away", () => {
    const notice = roleChangeNotice([], ["mentor", "supervisor"]);
    expect(notice.title).toBe("Your roles have changed");
    expect(notice.body).toContain("You no longer have the mentor, supervisor roles.");
  });

  it("combines a gain and a loss in one message", () => {
    const notice = roleChangeNotice(["mentor"], ["mentee"]);
    expect(notice.title).toBe("You can now mentor");
    expect(notice.body).toMatch(/peer mentor.*You no longer have the mentee role/);
  });

  it("has a title and an in-app link for every role", () => {
    for (const role of ROLES) {
      const notice = roleChangeNotice([role], []);
      expect(notice).toMatchObject({ kind: "role.changed", link: "/home" });
      expect(notice.title.length).toBeGreaterThan(5);
    }
  });
});
