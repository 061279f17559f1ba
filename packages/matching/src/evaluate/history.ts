import type { MatchingCriterion } from "@mentalverse/shared";
import type { MenteeMatchRecord } from "../learning/fairness.js";
import type { RelationshipOutcome } from "../learning/label-outcome.js";

/**
 * What `npm run matching:evaluate -- --input FILE` reads (and `--export FILE` writes): a matching
 * history exported from the platform. Only `relationships` is required; without `mentees` and
 * `mentorLoads` the fairness report is skipped.
 *
 * {
 *   "horizonMonths": 6,            // optional: survival horizon for the success label (default 6)
 *   "cutDate": "2026-03-01",       // optional: time split; default puts 70% of starts in training
 *   "relationships": [{
 *     "id": "r1", "startedAt": "2026-01-04",
 *     "status": "graduated" | "ended_early" | "ongoing",
 *     "monthsObserved": 4.5,        // start to end, or to the export date when ongoing
 *     "earlyFit": 4 | null, "satisfaction": 5 | null, "goalsReached": 0.5 | null,
 *     "ruleScore": 0.71,            // rule compatibility of the pair at match time, 0..1
 *     "criteria": { "similar_life_challenges": 0.8, ... }   // all 16 criterion scores, 0..1
 *   }],
 *   "mentees": [{ "id": "e1", "clearedAt": "2026-01-01", "matchedAt": "2026-01-04" | null,
 *                 "score": 0.71 | null, "group": { "first_language": "es", ... } }],
 *   "mentorLoads": [{ "id": "m1", "mentees": 3 }]   // mentees each mentor took, idle mentors included
 * }
 */
export interface RelationshipRecord extends RelationshipOutcome {
  id: string;
  startedAt: string;
  ruleScore: number;
  criteria: Record<MatchingCriterion, number>;
}

export interface MenteeRecord extends MenteeMatchRecord {
  id: string;
}

export interface MatchingHistory {
  horizonMonths?: number;
  cutDate?: string;
  relationships: RelationshipRecord[];
  mentees?: MenteeRecord[];
  mentorLoads?: { id: string; mentees: number }[];
}
