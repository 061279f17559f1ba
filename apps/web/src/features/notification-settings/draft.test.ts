import type { NotificationPreferences } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { PROFILE_ZONE, setChannel, toDraft, toRequest, zoneFromSelect, zoneSelectValue } from "./draft.js";

const saved: NotificationPreferences = {
  categories: [
    { category: "safety", inApp: true, email: true, safetyCritical: true },
    { category: "matching", inApp: true, email: true, safetyCritical: false },
  ],
  quietHours: { enabled: true, start: "22:00", end: "07:00", timeZone: null },
  effectiveTimeZone: "UTC",
  profileTimeZone: null,
};

describe("notification settings draft", () => {
  it("turns one channel of one category, and sends every category back without derived fields", () => {
    const draft = setChannel(toDraft(saved), "matching", "email", false);
    expect(toRequest(draft)).toEqual({
      categories: [
        { category: "safety", inApp: true, email: true },
        { category: "matching", inApp: true, email: false },
      ],
      quietHours: { enabled: true, start: "22:00", end: "07:00", timeZone: null },
    });
    expect(saved.categories[1]?.email).toBe(true);
  });

  it("maps 'follow my profile' to no zone of its own", () => {
    expect(zoneSelectValue(null)).toBe(PROFILE_ZONE);
    expect(zoneFromSelect(PROFILE_ZONE)).toBeNull();
    expect(zoneFromSelect(null)).toBeNull();
    expect(zoneFromSelect("Asia/Tokyo")).toBe("Asia/Tokyo");
  });
});
