import type {
  ChallengeId,
  CommunicationStyle,
  LanguageProficiency,
  MatchingCriterion,
  MatchingDimension,
  MeetingFrequency,
  MentorType,
  PersonalValue,
  RecoveryStage,
  RelationshipDuration,
  SpecialisationId,
  SupportType,
  TechnologyComfort,
  TipiScores,
} from "@mentalverse/shared";
import type { LearnedBlend } from "../learning/types.js";

/**
 * What matching needs to know about one person. Every field may be empty or null while a profile
 * is incomplete: such a criterion scores a neutral 0.5 rather than failing.
 */
export interface PersonProfile {
  id: string;
  /** The mentee's needs, or the mentor's own lived experience; exactly one is primary when complete. */
  challenges: { id: ChallengeId; primary: boolean }[];
  recoveryStage: RecoveryStage | null;
  goals: string[];
  communicationStyle: CommunicationStyle | null;
  personality: TipiScores | null;
  topValues: PersonalValue[];
  /** IANA zone; an empty or unknown zone means no availability can be placed. */
  timeZone: string;
  /** Local to timeZone; day 0 = Sunday .. 6, hour 0..23 (the hour starting then). */
  availability: { day: number; hour: number }[];
  languages: { code: string; proficiency: LanguageProficiency }[];
  technologyComfort: TechnologyComfort | null;
  /** For a mentee the support wanted (most wanted first); for a mentor the support offered. */
  supportTypes: SupportType[];
  intensity: MeetingFrequency | null;
  expectedDuration: RelationshipDuration | null;
}

export interface MenteeInput extends PersonProfile {
  /** Safety screening done and no matching hold. */
  cleared: boolean;
}

export interface MentorInput extends PersonProfile {
  mentorTypes: MentorType[];
  specialisations: SpecialisationId[];
  /** Application status "active". */
  active: boolean;
  pausedNewMatches: boolean;
  /** Concurrent mentees allowed (1..5). */
  capacity: number;
  /** Current relationships plus pending offers. */
  activeMentees: number;
}

/** Pair keys are `${menteeId}:${mentorId}` (see pairKey). */
export interface PairRules {
  /** A block either way. */
  blocked: ReadonlySet<string>;
  /** An earlier match between them ended. */
  endedBefore: ReadonlySet<string>;
  /** Staff allowed a rematch despite endedBefore. */
  rematchAllowed: ReadonlySet<string>;
}

export interface MatchingConfig {
  /** Default 2. */
  minSharedHoursPerWeek: number;
  /** K, default 20. */
  candidatesPerMentee: number;
  /** ISO date used to convert local slots to UTC (so DST is right), injected, never the clock. */
  referenceDate: string;
  /** Relative weights of the four dimensions; default equal. */
  weights?: Partial<Record<MatchingDimension, number>>;
  learned?: LearnedBlend;
}

export type ConstraintId =
  | "no_shared_language"
  | "too_little_shared_time"
  | "need_not_covered"
  | "mentor_not_active"
  | "mentor_paused"
  | "mentor_at_capacity"
  | "mentee_not_cleared"
  | "blocked"
  | "ended_before";

export interface Exclusion {
  constraint: ConstraintId;
  message: string;
}

export interface CriterionScore {
  criterion: MatchingCriterion;
  dimension: MatchingDimension;
  /** In [0, 1]. */
  score: number;
  /** Share of the rule total this criterion carries; the 16 weights sum to 1. */
  weight: number;
}

export interface Compatibility {
  menteeId: string;
  mentorId: string;
  /** In [0, 1]: the rule total, blended with the learned model when one is configured. */
  total: number;
  /** The rule score before any learned blend. */
  ruleTotal: number;
  dimensions: Record<MatchingDimension, number>;
  /** All 16 criteria of the seed's tree, in its order. */
  criteria: CriterionScore[];
  /** Top reasons in plain words, best first; at least one for every pair that passes the hard constraints. */
  reasons: string[];
  sharedHoursPerWeek: number;
}

export interface MatchProposal {
  menteeId: string;
  primary: Compatibility | null;
  /** At most two, ranked. */
  alternatives: Compatibility[];
}

export interface ProposeOptions {
  /** A clock for the timings object (e.g. performance.now); without it timings stay empty. */
  now?: () => number;
  /** Build explained proposals (default true). Batch runs that only need the assignment can skip it. */
  explain?: boolean;
}

export interface ProposeResult {
  /** One per mentee in input order; empty when options.explain is false. */
  proposals: MatchProposal[];
  /** Per mentee (input order), the index of the assigned mentor in the mentors array, or -1. */
  assignment: Int32Array;
  objective: number;
  /** Milliseconds per phase, only when a clock was passed. */
  timings: Record<string, number>;
  /** Candidate edges handed to the assignment solver. */
  candidateEdges: number;
}
