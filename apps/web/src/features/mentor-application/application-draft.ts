import {
  type MentorType,
  mentorTypeOfSpecialisation,
  RECOVERY_MENTOR_MIN_STABLE_MONTHS,
  type SpecialisationId,
} from "@mentalverse/shared";

export interface ReferenceDraft {
  name: string;
  contact: string;
  relationship: string;
}

export interface ApplicationDraft {
  mentorTypes: MentorType[];
  specialisations: SpecialisationId[];
  livedExperience: string;
  /** Whether the member gives a date or a number of months; the API takes exactly one. */
  stableBy: "date" | "months";
  stableSince: string;
  stableSinceMonths: string;
  capacity: number;
  boundaries: string;
  references: [ReferenceDraft, ReferenceDraft];
}

const emptyReference = (): ReferenceDraft => ({ name: "", contact: "", relationship: "" });

export const emptyApplication = (): ApplicationDraft => ({
  mentorTypes: [],
  specialisations: [],
  livedExperience: "",
  stableBy: "date",
  stableSince: "",
  stableSinceMonths: "",
  capacity: 2,
  boundaries: "",
  references: [emptyReference(), emptyReference()],
});

/** Dropping a mentor type drops its specialisations, which would otherwise be refused. */
export function withMentorTypes(draft: ApplicationDraft, mentorTypes: MentorType[]): ApplicationDraft {
  return {
    ...draft,
    mentorTypes,
    specialisations: draft.specialisations.filter((s) => mentorTypes.includes(mentorTypeOfSpecialisation(s))),
  };
}

/** The request body; checked against the contract before sending, so empty text stays visible as a reason. */
export function requestFromApplication(draft: ApplicationDraft): Record<string, unknown> {
  const months = draft.stableSinceMonths.trim();
  return {
    mentorTypes: draft.mentorTypes,
    specialisations: draft.specialisations,
    livedExperience: draft.livedExperience,
    ...(draft.stableBy === "date"
      ? { stableSince: draft.stableSince || undefined }
      : { stableSinceMonths: months === "" ? undefined : Number(months) }),
    capacity: draft.capacity,
    boundaries: draft.boundaries,
    references: draft.references,
  };
}

/** Whole months from a yyyy-mm-dd date to `now`, as the server counts them; null for no or a bad date. */
export function monthsSince(date: string, now = new Date()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  return now.getUTCDate() < d ? months - 1 : months;
}

/** True when a recovery mentor's stated time is short of the rule; null when it cannot be told yet. */
export function shortOfRecoveryRule(
  draft: Pick<ApplicationDraft, "mentorTypes" | "stableBy" | "stableSince" | "stableSinceMonths">,
  now = new Date(),
): boolean | null {
  if (!draft.mentorTypes.includes("recovery_mentor")) return false;
  const months =
    draft.stableBy === "date"
      ? monthsSince(draft.stableSince, now)
      : draft.stableSinceMonths.trim() === ""
        ? null
        : Number(draft.stableSinceMonths);
  if (months === null || Number.isNaN(months)) return null;
  return months < RECOVERY_MENTOR_MIN_STABLE_MONTHS;
}
