import type { Faker } from "@faker-js/faker";
import type { Role } from "@mentalverse/shared";
import type { Tx } from "../db/database.js";

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
}

/** Everything seeded so far; later steps read it to connect what they add to who exists. */
export interface DemoCommunity {
  staff: DemoMember[];
  mentors: DemoMentor[];
  mentees: DemoMember[];
  /** Display names in use, so no two demo members share one. */
  takenNames: Set<string>;
}

export interface DemoContext {
  /** The one transaction the whole seed runs in: a failed seed leaves nothing behind. */
  db: Tx;
  now: Date;
  scale: number;
  /** The shared demo password, hashed once. */
  passwordHash: string;
  community: DemoCommunity;
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

/** How many of something a community of this scale has; never fewer than one. */
export function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}
