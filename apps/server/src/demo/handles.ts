import type { Faker } from "@faker-js/faker";
import type { MentorType } from "./demo-step.js";

const words = (list: string) => list.split(" ");

// Words people in a gentle peer community pick for themselves: nature, comfort, small daily things.
const ADJECTIVES = words(
  "quiet gentle steady bright sleepy brave soft little wandering hopeful patient kind golden misty cosy slow early late silver wild calm honest lucky rainy sunny velvet humble curious tender warm",
);
const NOUNS = words(
  "harbor fern otter teacup lantern sparrow moss pebble willow heron meadow river cloud maple acorn hedgehog owl kettle tide bramble finch clover sweater puffin pine robin daisy marble cocoa biscuit garden badger nightjar thistle pancake comet orchard lighthouse ember fox",
);
const THEMED: Record<MentorType | "mentee", string[]> = {
  mentee: words("seedling sprout morning leaf dawn bud spark"),
  recovery: words("anchor sunrise climb keel phoenix milestone steps daybreak rope summit"),
  wellness: words("breath balance yoga stillness walks greens sleep stretch rhythm tea"),
  life_experience: words("compass journey roads seasons chapters atlas crossroads mileage stories"),
};

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A handle that sounds like one a person chose for a peer community: pseudonymous, varied in
 * style, themed a little by who they are. Now and then a first name and initial, as some people
 * prefer. Always passes the display-name rules (letters, digits, space, . _ ' -; 2-40 characters).
 */
export function pseudonym(rng: Faker, theme: MentorType | "mentee"): string {
  const adjective = rng.helpers.arrayElement(ADJECTIVES);
  const noun = rng.helpers.weightedArrayElement([
    { weight: 3, value: rng.helpers.arrayElement(NOUNS) },
    { weight: 1, value: rng.helpers.arrayElement(THEMED[theme]) },
  ]);
  const other = rng.helpers.arrayElement(NOUNS.filter((n) => n !== noun));
  const digits = String(rng.number.int({ min: 1, max: 99 }));
  const style = rng.number.int({ min: 0, max: 9 });
  switch (style) {
    case 0:
      return `${cap(adjective)}${cap(noun)}`;
    case 1:
      return `${adjective}_${noun}`;
    case 2:
      return `${adjective}.${noun}`;
    case 3:
      return `${cap(adjective)} ${cap(noun)}`;
    case 4:
      return `${noun}${digits}`;
    case 5:
      return `the.${adjective}.${noun}`;
    case 6:
      return `${cap(noun)}-${cap(other)}`;
    case 7:
      return `${adjective}${noun}${digits}`;
    case 8:
      return `${rng.person.firstName()} ${rng.string.alpha({ length: 1, casing: "upper" })}.`;
    default:
      return `${noun}_and_${other}`;
  }
}

/** A pseudonym not yet taken in this community. */
export function uniquePseudonym(rng: Faker, theme: MentorType | "mentee", taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = pseudonym(rng, theme).slice(0, 40);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  throw new Error("Ran out of distinct demo display names; widen the word lists");
}
