import { CRISIS_PHRASES } from "./crisis-phrases.js";

/**
 * Crisis language in what a member is typing: a safety net, not a classifier. It runs only on the
 * member's own device, on text that is about to be encrypted; nothing about the text or the match
 * leaves the device. A match only offers crisis lines and an alert the member may choose to send.
 * It looks for a careful list of English phrases (suicidal thoughts, self-harm, imminent danger),
 * ignoring case, punctuation and apostrophes ("can't" = "cant" = "cannot"), at word boundaries.
 * It will miss things and sometimes show help where none was needed; both are acceptable here,
 * and it must never be used to judge or flag a member.
 */
export interface CrisisLanguageMatch {
  matched: boolean;
  /** The canonical phrases found (for example "kill myself"), each once, in list order. */
  phrases: string[];
}

const COMPILED = CRISIS_PHRASES.map(({ phrase, pattern }) => ({ phrase, regex: new RegExp(` (?:${pattern})(?= )`) }));

/** Spellings folded into one before matching, so patterns need only one form. */
const FOLDS: readonly [RegExp, string][] = [
  [/ wanna /g, " want to "],
  [/ gonna /g, " going to "],
  [/ (?:cannot|can not) /g, " cant "],
  [/ (do|does|did|is|was|were|will|would|could) not /g, " $1nt "],
  [/ willnt /g, " wont "],
  [/ i am /g, " im "],
  [/ (?:my self|meself|my own self) /g, " myself "],
];

/** Lower case without accents, no invisible characters or apostrophes, words between single spaces, "." between clauses. */
export function normaliseForCrisisCheck(text: string): string {
  let out = ` ${text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    // Upper then lower, so letters that only differ in case fold together (dotless ı, long ſ).
    .toUpperCase()
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, "")
    .replace(/[.,!?;:()[\]{}"\u201c\u201d\u2026\n\r]+/g, " . ")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/ +/g, " ")
    .trim()} `;
  // Twice, because a replacement consumes the space the next one needs ("i am not" -> "im not").
  for (let pass = 0; pass < 2; pass += 1) {
    for (const [from, to] of FOLDS) out = out.replace(from, to);
  }
  return out;
}

export function detectCrisisLanguage(text: string): CrisisLanguageMatch {
  const normalised = normaliseForCrisisCheck(typeof text === "string" ? text : "");
  const phrases: string[] = [];
  for (const { phrase, regex } of COMPILED) {
    if (!phrases.includes(phrase) && regex.test(normalised)) phrases.push(phrase);
  }
  return { matched: phrases.length > 0, phrases };
}
