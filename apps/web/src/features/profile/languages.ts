/**
 * Language codes offered in the picker (ISO 639-1, or 639-3 where there is no two-letter code,
 * as the contract allows). Names come from the browser so they read in the member's language.
 */
const CODES = [
  "ar",
  "bn",
  "zh",
  "yue",
  "cs",
  "da",
  "nl",
  "en",
  "fil",
  "fi",
  "fr",
  "de",
  "el",
  "gu",
  "ha",
  "he",
  "hi",
  "hu",
  "ig",
  "id",
  "ga",
  "it",
  "ja",
  "kn",
  "ko",
  "ku",
  "ms",
  "ml",
  "mr",
  "ne",
  "no",
  "fa",
  "pl",
  "pt",
  "pa",
  "ro",
  "ru",
  "sr",
  "si",
  "so",
  "es",
  "sw",
  "sv",
  "ta",
  "te",
  "th",
  "tr",
  "uk",
  "ur",
  "vi",
  "cy",
  "yo",
  "zu",
  "ase",
  "bfi",
];

const names = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: "language" });
  } catch {
    return null;
  }
})();

const SIGN_LANGUAGES: Record<string, string> = { ase: "American Sign Language", bfi: "British Sign Language" };

export function languageName(code: string): string {
  if (SIGN_LANGUAGES[code]) return SIGN_LANGUAGES[code];
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Options for the picker, sorted by name, keeping any code already saved that the list lacks. */
export function languageOptions(extra: readonly string[]): { value: string; label: string }[] {
  const codes = new Set([...CODES, ...extra.filter(Boolean)]);
  return [...codes]
    .map((code) => ({ value: code, label: languageName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
