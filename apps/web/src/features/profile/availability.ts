import { slotKey } from "./draft.js";

export interface AvailabilityPreset {
  readonly id: string;
  readonly label: string;
  readonly days: readonly number[];
  /** Hours [from, to): the slots starting at these hours. */
  readonly from: number;
  readonly to: number;
}

const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];

/** Common patterns a member can add in one press, then adjust hour by hour. */
export const AVAILABILITY_PRESETS: readonly AvailabilityPreset[] = [
  { id: "weekday_mornings", label: "Weekday mornings (7–9)", days: WEEKDAYS, from: 7, to: 9 },
  { id: "weekday_daytime", label: "Weekday daytime (9–17)", days: WEEKDAYS, from: 9, to: 17 },
  { id: "weekday_evenings", label: "Weekday evenings (18–21)", days: WEEKDAYS, from: 18, to: 21 },
  { id: "weekend_daytime", label: "Weekend daytime (10–17)", days: WEEKEND, from: 10, to: 17 },
];

export function presetSlots(preset: AvailabilityPreset): number[] {
  return preset.days.flatMap((day) =>
    Array.from({ length: preset.to - preset.from }, (_, i) => slotKey(day, preset.from + i)),
  );
}

/** Adds a preset's hours to the ones already picked, each hour once, in week order. */
export function addSlots(current: readonly number[], added: readonly number[]): number[] {
  return [...new Set([...current, ...added])].sort((a, b) => a - b);
}

export function toggleSlot(current: readonly number[], key: number): number[] {
  return current.includes(key) ? current.filter((k) => k !== key) : addSlots(current, [key]);
}

/** "18:00" for hour 18: a 24-hour clock reads the same in every locale. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/** Where focus goes from (day, hour) on an arrow, Home or End key; null for other keys. */
export function moveInGrid(day: number, hour: number, key: string): { day: number; hour: number } | null {
  switch (key) {
    case "ArrowRight":
      return { day: Math.min(6, day + 1), hour };
    case "ArrowLeft":
      return { day: Math.max(0, day - 1), hour };
    case "ArrowDown":
      return { day, hour: Math.min(23, hour + 1) };
    case "ArrowUp":
      return { day, hour: Math.max(0, hour - 1) };
    case "Home":
      return { day: 0, hour };
    case "End":
      return { day: 6, hour };
    default:
      return null;
  }
}
