import type { Faker } from "@faker-js/faker";
import type { LanguageProficiency } from "@mentalverse/shared";

type Lang = { code: string; proficiency: LanguageProficiency };

/**
 * Where demo members live: an IANA zone, the country (for crisis lines) and the languages people
 * there usually speak. English is the community's main language, so most places list it; a few
 * members speak only their own language, which matching has to respect.
 */
interface Place {
  zone: string;
  country: string;
  weight: number;
  /** First language, then others with how likely a member speaks them and how well. */
  first: string;
  others: { code: string; chance: number; levels: LanguageProficiency[] }[];
}

const GOOD: LanguageProficiency[] = ["conversational", "fluent", "fluent"];
const SOME: LanguageProficiency[] = ["basic", "conversational", "conversational", "fluent"];
const en = (chance: number, levels = GOOD) => ({ code: "en", chance, levels });
const speaks = (code: string, chance: number, levels = SOME) => ({ code, chance, levels });

const PLACES: Place[] = [
  { zone: "America/New_York", country: "US", weight: 12, first: "en", others: [speaks("es", 0.15)] },
  { zone: "America/Chicago", country: "US", weight: 7, first: "en", others: [speaks("es", 0.12)] },
  { zone: "America/Denver", country: "US", weight: 3, first: "en", others: [speaks("es", 0.1)] },
  {
    zone: "America/Los_Angeles",
    country: "US",
    weight: 9,
    first: "en",
    others: [speaks("es", 0.25), speaks("fil", 0.05)],
  },
  { zone: "America/Toronto", country: "CA", weight: 5, first: "en", others: [speaks("fr", 0.3)] },
  {
    zone: "America/Vancouver",
    country: "CA",
    weight: 2,
    first: "en",
    others: [speaks("hi", 0.08), speaks("fil", 0.06)],
  },
  { zone: "America/Mexico_City", country: "MX", weight: 4, first: "es", others: [en(0.6, SOME)] },
  { zone: "America/Bogota", country: "CO", weight: 2, first: "es", others: [en(0.6, SOME)] },
  { zone: "America/Argentina/Buenos_Aires", country: "AR", weight: 2, first: "es", others: [en(0.7)] },
  { zone: "America/Sao_Paulo", country: "BR", weight: 4, first: "pt", others: [en(0.65, SOME), speaks("es", 0.2)] },
  { zone: "Europe/London", country: "GB", weight: 12, first: "en", others: [speaks("fr", 0.1), speaks("hi", 0.05)] },
  {
    zone: "Europe/Dublin",
    country: "IE",
    weight: 3,
    first: "en",
    others: [speaks("ga", 0.1, ["basic", "conversational"])],
  },
  { zone: "Europe/Paris", country: "FR", weight: 3, first: "fr", others: [en(0.8), speaks("ar", 0.08)] },
  { zone: "Europe/Berlin", country: "DE", weight: 3, first: "de", others: [en(0.9), speaks("ar", 0.05)] },
  { zone: "Europe/Madrid", country: "ES", weight: 2, first: "es", others: [en(0.75)] },
  { zone: "Europe/Lisbon", country: "PT", weight: 2, first: "pt", others: [en(0.85), speaks("fr", 0.15)] },
  { zone: "Europe/Amsterdam", country: "NL", weight: 2, first: "nl", others: [en(1, ["fluent"]), speaks("de", 0.4)] },
  { zone: "Africa/Lagos", country: "NG", weight: 3, first: "en", others: [speaks("yo", 0.4, ["fluent", "native"])] },
  { zone: "Africa/Nairobi", country: "KE", weight: 2, first: "sw", others: [en(1, ["fluent", "native"])] },
  {
    zone: "Africa/Johannesburg",
    country: "ZA",
    weight: 2,
    first: "en",
    others: [speaks("af", 0.3), speaks("zu", 0.2)],
  },
  { zone: "Africa/Cairo", country: "EG", weight: 2, first: "ar", others: [en(0.8)] },
  { zone: "Asia/Dubai", country: "AE", weight: 2, first: "ar", others: [en(0.95, ["fluent"]), speaks("hi", 0.2)] },
  { zone: "Asia/Kolkata", country: "IN", weight: 6, first: "hi", others: [en(0.95, ["fluent", "fluent", "native"])] },
  { zone: "Asia/Manila", country: "PH", weight: 4, first: "fil", others: [en(0.95, ["fluent", "native"])] },
  { zone: "Asia/Singapore", country: "SG", weight: 2, first: "en", others: [speaks("zh", 0.5, ["fluent", "native"])] },
  { zone: "Asia/Tokyo", country: "JP", weight: 1, first: "ja", others: [en(0.7, SOME)] },
  { zone: "Australia/Sydney", country: "AU", weight: 5, first: "en", others: [speaks("zh", 0.05)] },
  { zone: "Australia/Perth", country: "AU", weight: 1, first: "en", others: [] },
  {
    zone: "Pacific/Auckland",
    country: "NZ",
    weight: 2,
    first: "en",
    others: [speaks("mi", 0.1, ["basic", "conversational"])],
  },
];

export interface DemoPlace {
  timeZone: string;
  country: string;
  languages: Lang[];
}

/** A place and the languages this member speaks there. */
export function pickPlace(rng: Faker): DemoPlace {
  const place = rng.helpers.weightedArrayElement(PLACES.map((p) => ({ weight: p.weight, value: p })));
  const languages: Lang[] = [{ code: place.first, proficiency: "native" }];
  for (const other of place.others) {
    if (rng.datatype.boolean({ probability: other.chance })) {
      languages.push({ code: other.code, proficiency: rng.helpers.arrayElement(other.levels) });
    }
  }
  return { timeZone: place.zone, country: place.country, languages };
}
