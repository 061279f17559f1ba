const FIRST = [
  "Quiet",
  "Gentle",
  "Steady",
  "Bright",
  "Calm",
  "Kind",
  "Brave",
  "Patient",
  "Hopeful",
  "Warm",
  "Still",
  "Open",
];
const SECOND = [
  "River",
  "Harbor",
  "Willow",
  "Meadow",
  "Lantern",
  "Sparrow",
  "Cedar",
  "Tide",
  "Fern",
  "Ember",
  "Orchard",
  "Pebble",
];

/** A friendly pseudonym such as "QuietRiver"; `random` is injectable so tests are deterministic. */
export function suggestPseudonym(random: () => number = secureRandom): string {
  const pick = (words: string[]) => words[Math.floor(random() * words.length) % words.length] ?? "";
  return `${pick(FIRST)}${pick(SECOND)}`;
}

function secureRandom(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}
