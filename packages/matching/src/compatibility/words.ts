/**
 * Plain-words helpers for reasons and goal matching. Goals are free text, so matching works on
 * word stems: lower-cased, common words dropped, a few English endings removed ("sleeping" and
 * "sleep" meet, "management" and "manage" meet). Crude on purpose: it only has to find overlap.
 */
const STOP = new Set(
  (
    "the and for with more less want wants would like get getting back feel feeling able into about from " +
    "this that than then them they their there have has had been being was were are you your our out " +
    "can could should will just also some any all not but who what when how why again each every much " +
    "very really better best make making help helping find finding learn learning start starting keep " +
    "myself someone something things thing way ways day days time times week weeks other others through"
  ).split(" "),
);

export function stem(word: string): string {
  for (const ending of ["ments", "ment", "ings", "ing", "ies", "ed", "es", "s"]) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) {
      if (ending === "s" && word.endsWith("ss")) return word;
      return ending === "ies" ? `${word.slice(0, -3)}y` : word.slice(0, -ending.length);
    }
  }
  return word;
}

/** Distinct stems of one text, each with the first word it came from (for reasons). */
export function stemsOf(text: string, into: Map<string, string> = new Map()): Map<string, string> {
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    const s = stem(raw);
    if (!into.has(s)) into.set(s, raw);
  }
  return into;
}

/**
 * A vocabulary label in running text: "Grief and Loss" -> "grief and loss", keeping acronyms
 * ("PTSD Recovery" -> "PTSD recovery", "LGBTQ+ Identity" -> "LGBTQ+ identity").
 */
export function lowerLabel(label: string): string {
  return label
    .split(" ")
    .map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase()))
    .join(" ");
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
