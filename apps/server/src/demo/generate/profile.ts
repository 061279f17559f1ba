import type { Faker } from "@faker-js/faker";
import type {
  BigFiveTrait,
  PersonalValue,
  ProfileField,
  SaveProfileRequest,
  SupportType,
  TipiAnswers,
} from "@mentalverse/shared";
import { TIPI_ITEMS } from "@mentalverse/shared";
import { pickAvailability } from "./availability.js";
import type { DemoPlace } from "./places.js";

const w = <T>(pairs: [T, number][]) => pairs.map(([value, weight]) => ({ value, weight }));

/** TIPI answers around a latent level per trait, reverse-keyed items answered the other way round. */
export function pickTipi(rng: Faker, levels: Partial<Record<BigFiveTrait, number>>): TipiAnswers {
  const latent = (trait: BigFiveTrait) => levels[trait] ?? rng.number.float({ min: 3, max: 6 });
  const traits = new Map<BigFiveTrait, number>();
  return TIPI_ITEMS.map((item) => {
    if (!traits.has(item.trait)) traits.set(item.trait, latent(item.trait));
    const level = (traits.get(item.trait) ?? 4) + rng.number.float({ min: -1, max: 1 });
    const rating = Math.min(7, Math.max(1, Math.round(level)));
    return item.reversed ? 8 - rating : rating;
  });
}

const VALUES = w<PersonalValue>([
  ["family", 9],
  ["honesty", 8],
  ["kindness", 8],
  ["health", 7],
  ["friendship", 6],
  ["respect", 5],
  ["learning", 5],
  ["balance", 5],
  ["security", 4],
  ["community", 4],
  ["independence", 4],
  ["humour", 4],
  ["nature", 3],
  ["creativity", 3],
  ["faith_spirituality", 3],
  ["fairness", 3],
  ["purpose", 3],
  ["loyalty", 2],
  ["courage", 2],
  ["adventure", 2],
]);

export function pickValues(rng: Faker): PersonalValue[] {
  const count = rng.number.int({ min: 3, max: 5 });
  const picked = new Set<PersonalValue>();
  while (picked.size < count) picked.add(rng.helpers.weightedArrayElement(VALUES));
  return [...picked];
}

/** Mostly the defaults; some members keep a field or two to themselves, a few share their story. */
export function pickVisibility(rng: Faker): SaveProfileRequest["visibility"] {
  const visibility: NonNullable<SaveProfileRequest["visibility"]> = {};
  if (rng.datatype.boolean({ probability: 0.15 })) {
    const hidden: ProfileField[] = ["recoveryStage", "goals", "topValues", "languages", "availability", "challenges"];
    for (const field of rng.helpers.arrayElements(hidden, { min: 1, max: 2 })) visibility[field] = "private";
  }
  if (rng.datatype.boolean({ probability: 0.1 })) visibility.story = "shared_with_match";
  if (rng.datatype.boolean({ probability: 0.05 })) visibility.tipi = "shared_with_match";
  return visibility;
}

/** The fields every member answers the same way, mentee or mentor. */
export function commonFields(rng: Faker, place: DemoPlace, supportTypes: SupportType[]) {
  return {
    communicationStyle: rng.helpers.weightedArrayElement(
      w([
        ["gentle", 5],
        ["encouraging", 5],
        ["reflective", 4],
        ["practical", 4],
        ["direct", 2],
        ["light_hearted", 2],
      ] as const),
    ),
    topValues: pickValues(rng),
    timeZone: place.timeZone,
    availability: pickAvailability(rng),
    languages: place.languages,
    technologyComfort: rng.helpers.weightedArrayElement(
      w([
        ["learning", 1],
        ["comfortable", 5],
        ["confident", 4],
      ] as const),
    ),
    supportTypes,
    intensity: rng.helpers.weightedArrayElement(
      w([
        ["weekly", 4],
        ["fortnightly", 5],
        ["monthly", 2],
      ] as const),
    ),
    expectedDuration: rng.helpers.weightedArrayElement(
      w([
        ["three_months", 3],
        ["six_months", 5],
        ["twelve_months", 2],
      ] as const),
    ),
  };
}
