import { describe, expect, it } from "vitest";
import { AVAILABILITY_PRESETS, addSlots, moveInGrid, presetSlots, toggleSlot } from "./availability.js";

describe("availability", () => {
  it("weekday evenings are Monday to Friday, 18:00 to 20:00 slots", () => {
    const preset = AVAILABILITY_PRESETS.find((p) => p.id === "weekday_evenings");
    if (!preset) throw new Error("missing preset");
    const slots = presetSlots(preset);
    expect(slots).toHaveLength(15);
    expect(slots).toContain(18);
    expect(slots).toContain(4 * 24 + 20);
    expect(slots).not.toContain(5 * 24 + 18);
  });

  it("adding keeps each hour once in week order; toggling removes", () => {
    expect(addSlots([30, 2], [2, 1])).toEqual([1, 2, 30]);
    expect(toggleSlot([1, 2], 2)).toEqual([1]);
    expect(toggleSlot([5], 2)).toEqual([2, 5]);
  });

  it("arrow keys stay inside the week", () => {
    expect(moveInGrid(6, 23, "ArrowRight")).toEqual({ day: 6, hour: 23 });
    expect(moveInGrid(6, 23, "ArrowDown")).toEqual({ day: 6, hour: 23 });
    expect(moveInGrid(0, 0, "ArrowUp")).toEqual({ day: 0, hour: 0 });
    expect(moveInGrid(3, 5, "Home")).toEqual({ day: 0, hour: 5 });
    expect(moveInGrid(3, 5, "Enter")).toBeNull();
  });
});
