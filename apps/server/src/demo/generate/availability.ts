import type { Faker } from "@faker-js/faker";
import type { AvailabilitySlot } from "@mentalverse/shared";

// Day 0 is Monday; hours are on the member's own clock.
const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];

/** Consecutive hours from `start`, `length` long, on each of `days`. */
function block(days: number[], start: number, length: number): AvailabilitySlot[] {
  return days.flatMap((day) => Array.from({ length }, (_, i) => ({ day, hour: start + i })));
}

/**
 * When people with jobs, studies and families can talk: weekday evenings most of all, weekend
 * mornings and afternoons, a lunch break, the daytime for those not working, late for night owls.
 */
const RHYTHMS: { weight: number; slots: (rng: Faker) => AvailabilitySlot[] }[] = [
  {
    weight: 6,
    slots: (rng) =>
      block(rng.helpers.arrayElements(WEEKDAYS, { min: 2, max: 4 }), rng.number.int({ min: 18, max: 20 }), 2),
  },
  {
    weight: 3,
    slots: (rng) =>
      block(rng.helpers.arrayElements(WEEKEND, { min: 1, max: 2 }), rng.number.int({ min: 9, max: 14 }), 3),
  },
  { weight: 1, slots: (rng) => block(rng.helpers.arrayElements(WEEKDAYS, { min: 2, max: 5 }), 12, 1) },
  {
    weight: 2,
    slots: (rng) =>
      block(rng.helpers.arrayElements(WEEKDAYS, { min: 2, max: 4 }), rng.number.int({ min: 9, max: 13 }), 3),
  },
  { weight: 1, slots: (rng) => block(rng.helpers.arrayElements([0, 1, 2, 3, 4, 5, 6], { min: 2, max: 4 }), 21, 2) },
];

/** One or two weekly rhythms, so most members have a few evenings and some a weekend too. */
export function pickAvailability(rng: Faker): AvailabilitySlot[] {
  const options = RHYTHMS.map((r) => ({ weight: r.weight, value: r }));
  const first = rng.helpers.weightedArrayElement(options);
  const slots = first.slots(rng);
  if (rng.datatype.boolean({ probability: 0.55 })) {
    slots.push(...rng.helpers.weightedArrayElement(options.filter((o) => o.value !== first)).slots(rng));
  }
  // Each weekly hour once, in week order, as the profile service keeps them.
  const keys = [...new Set(slots.map((s) => s.day * 24 + s.hour))].sort((a, b) => a - b);
  return keys.map((k) => ({ day: Math.floor(k / 24), hour: k % 24 }));
}
