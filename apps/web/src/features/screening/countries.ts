/**
 * Countries offered for choosing crisis lines. The server holds the lines (a configurable list);
 * a country without its own lines still gets the international fallback.
 */
const CODES = [
  "AU",
  "AT",
  "BE",
  "BR",
  "CA",
  "DK",
  "FI",
  "FR",
  "DE",
  "IN",
  "IE",
  "IT",
  "JP",
  "MX",
  "NL",
  "NZ",
  "NO",
  "PL",
  "PT",
  "ZA",
  "ES",
  "SE",
  "CH",
  "GB",
  "US",
] as const;

const names = new Intl.DisplayNames(["en"], { type: "region" });

export const COUNTRY_OPTIONS = CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
  a.label.localeCompare(b.label),
);

/** The browser's region (en-US → US) when it is one we list, so most members need not choose. */
export function guessCountry(languages: readonly string[]): string | null {
  for (const tag of languages) {
    const region = tag.split("-")[1]?.toUpperCase();
    if (region && COUNTRY_OPTIONS.some((option) => option.value === region)) return region;
  }
  return null;
}
