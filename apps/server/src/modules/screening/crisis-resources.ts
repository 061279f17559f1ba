import fs from "node:fs";
import type { CrisisResource, CrisisResources } from "@mentalverse/shared";
import { z } from "zod";

/**
 * One crisis line and the countries (ISO 3166-1 alpha-2) it serves; no countries means the
 * international fallback shown to everyone after their own country's lines.
 */
const CrisisLineSchema = z.strictObject({
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  name: z.string().min(1),
  description: z.string().min(1),
  phone: z.string().min(1).nullable().default(null),
  text: z.string().min(1).nullable().default(null),
  url: z.url().nullable().default(null),
});
export type CrisisLine = z.infer<typeof CrisisLineSchema>;
const CrisisLinesSchema = z.array(CrisisLineSchema).min(1);

/** The built-in list; operators replace it with CRISIS_RESOURCES_FILE (a JSON array of the same shape). */
export const BUILT_IN_CRISIS_LINES: readonly CrisisLine[] = [
  {
    countries: ["US"],
    name: "988 Suicide & Crisis Lifeline",
    description: "Free and confidential, 24/7. Call or text 988.",
    phone: "988",
    text: "988",
    url: "https://988lifeline.org",
  },
  {
    countries: ["GB", "IE"],
    name: "Samaritans",
    description: "Free, 24/7, whatever you are going through. Call 116 123.",
    phone: "116 123",
    text: null,
    url: "https://www.samaritans.org",
  },
  {
    countries: ["CA"],
    name: "9-8-8 Suicide Crisis Helpline",
    description: "Free, 24/7, in English and French. Call or text 988.",
    phone: "988",
    text: "988",
    url: "https://988.ca",
  },
  {
    countries: ["AU"],
    name: "Lifeline",
    description: "Crisis support, 24/7. Call 13 11 14.",
    phone: "13 11 14",
    text: null,
    url: "https://www.lifeline.org.au",
  },
  {
    countries: ["NZ"],
    name: "1737, Need to talk?",
    description: "Free, 24/7, with a trained counsellor. Call or text 1737.",
    phone: "1737",
    text: "1737",
    url: "https://1737.org.nz",
  },
  {
    countries: [],
    name: "Emergency services",
    description: "If you are in immediate danger or might act on these thoughts, call your local emergency number now.",
    phone: null,
    text: null,
    url: null,
  },
];

/** Reads the configured list once at start-up, so a broken file stops the server instead of hiding help later. */
export function loadCrisisLines(file: string | undefined): readonly CrisisLine[] {
  if (!file) return BUILT_IN_CRISIS_LINES;
  const parsed = CrisisLinesSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `CRISIS_RESOURCES_FILE ${file} is invalid: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return parsed.data;
}

/** The member's country's lines first, then the international fallback (always present when configured). */
export function crisisResourcesFor(lines: readonly CrisisLine[], country: string | null): CrisisResources {
  const present = ({ name, description, phone, text, url }: CrisisLine): CrisisResource => ({
    name,
    description,
    phone,
    text,
    url,
  });
  const local = country ? lines.filter((l) => l.countries.includes(country)) : [];
  const fallback = lines.filter((l) => l.countries.length === 0);
  return { country, resources: [...local, ...fallback].map(present) };
}
