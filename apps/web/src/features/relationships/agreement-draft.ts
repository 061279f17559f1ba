import type { AgreementTerms } from "@mentalverse/shared";

/** Ways most pairs keep in touch; anything else goes in the free-text field. */
export const COMMON_METHODS = [
  "Video calls",
  "Voice calls",
  "Text chat",
  "Meeting in person",
  "Email",
  "Messages in MentalVerse",
] as const;

export interface AgreementDraft {
  meetingFrequency: string;
  methods: string[];
  otherMethods: string;
  boundaries: string;
  goals: string;
  expectedDuration: string;
}

export function draftFromTerms(terms: AgreementTerms | null | undefined): AgreementDraft {
  const methods = terms?.communicationMethods ?? [];
  const common = COMMON_METHODS as readonly string[];
  return {
    meetingFrequency: terms?.meetingFrequency ?? "",
    methods: methods.filter((m) => common.includes(m)),
    otherMethods: methods.filter((m) => !common.includes(m)).join(", "),
    boundaries: terms?.boundaries ?? "",
    goals: terms?.goals ?? "",
    expectedDuration: terms?.expectedDuration ?? "",
  };
}

/** Checked against the shared contract before sending; extra methods are typed comma-separated. */
export function termsFromDraft(draft: AgreementDraft): Record<string, unknown> {
  const other = draft.otherMethods
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean);
  return {
    meetingFrequency: draft.meetingFrequency,
    communicationMethods: [...draft.methods, ...other],
    boundaries: draft.boundaries,
    goals: draft.goals,
    expectedDuration: draft.expectedDuration,
  };
}

/** "terms.boundaries" or "boundaries" -> the draft field showing it; list items land on the methods. */
export function draftField(path: string): keyof AgreementDraft | null {
  const key = path.replace(/^terms\./, "").split(".")[0] ?? "";
  if (key === "communicationMethods") return "methods";
  const fields: (keyof AgreementDraft)[] = ["meetingFrequency", "boundaries", "goals", "expectedDuration"];
  return (fields as string[]).includes(key) ? (key as keyof AgreementDraft) : null;
}
