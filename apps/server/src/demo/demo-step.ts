import type { Faker } from "@faker-js/faker";
import type { ChallengeId, Role, SpecialisationId } from "@mentalverse/shared";
import type { Tx } from "../db/database.js";
import type { DemoServices } from "./demo-services.js";

/** The three kinds of peer mentor in the spec; for now only the demo knows a mentor's kind. */
export const MENTOR_TYPES = ["recovery", "wellness", "life_experience"] as const;
export type MentorType = (typeof MENTOR_TYPES)[number];
export const MENTOR_TYPE_LABELS: Record<MentorType, string> = {
  recovery: "Recovery mentor",
  wellness: "Wellness coach",
  life_experience: "Life-experience mentor",
};

export interface DemoMember {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  joinedAt: Date;
}

export interface DemoMentor extends DemoMember {
  mentorType: MentorType;
  /** When the supervisor made them an active mentor; their application moves through the pipeline before it. */
  appointedAt: Date;
}

/** What the onboarding and profile steps decided about a member, for the steps that follow. */
export interface DemoMemberFacts {
  onboardedAt: Date;
  seeksSupport: boolean;
  offersMentorship: boolean;
  /** ISO 3166-1 alpha-2, for the crisis lines a screening shows. */
  country: string;
  /** The primary challenge, which shapes their scores. */
  primaryChallenge: ChallengeId | null;
  /** A mentor's specialisations, chosen with their profile and repeated in their application. */
  specialisations: SpecialisationId[];
}

/** Everything seeded so far; later steps read it to connect what they add to who exists. */
export interface DemoCommunity {
  staff: DemoMember[];
  mentors: DemoMentor[];
  mentees: DemoMember[];
  /** Display names in use, so no two demo members share one. */
  takenNames: Set<string>;
  /** By member id; filled by the onboarding and profile steps. */
  facts: Map<string, DemoMemberFacts>;
}

export interface DemoContext {
  /** The one transaction the whole seed runs in: a failed seed leaves nothing behind. */
  db: Tx;
  now: Date;
  scale: number;
  /** The shared demo password, hashed once. */
  passwordHash: string;
  community: DemoCommunity;
  /** The modules' services inside this transaction, on a clock the step sets. */
  services: DemoServices;
}

/**
 * One part of the demo community. Each step gets its own random source seeded from the demo seed
 * and its name, so adding a step later never changes what earlier steps generate.
 */
export interface DemoStep {
  name: string;
  /** Units of work at this scale, for the progress bar. */
  count(scale: number): number;
  run(ctx: DemoContext, rng: Faker, progress: (units?: number) => void): Promise<void>;
}

export const DEMO_MENTEES = 200;
export const DEMO_MENTORS_PER_TYPE = 20;

/** Mentees and mentors at this scale: the steps that visit every member count this many. */
export function demoMemberCount(scale: number): number {
  return scaled(DEMO_MENTEES, scale) + MENTOR_TYPES.length * scaled(DEMO_MENTORS_PER_TYPE, scale);
}

/** How many of something a community of this scale has; never fewer than one. */
export function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}
