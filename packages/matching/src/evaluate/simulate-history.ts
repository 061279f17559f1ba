import { proposeMatches } from "../candidates/propose-matches.js";
import { defaultMatchingConfig } from "../compatibility/config.js";
import type { MenteeInput, PairRules } from "../compatibility/types.js";
import { featuresOf } from "../learning/features.js";
import { seededRandom } from "../learning/seeded-random.js";
import { drawOutcome, trueProbability } from "./hidden-outcome.js";
import type { MatchingHistory, MenteeRecord, RelationshipRecord } from "./history.js";
import { groupsOf, syntheticMentee, syntheticMentor } from "./synthetic-population.js";

export interface SimulationOptions {
  seed: number;
  startDate: string;
  weeks: number;
  menteesPerWeek: number;
  mentors: number;
  /** A mentee unmatched this many weeks after clearance stops waiting. */
  giveUpWeeks: number;
}

export const DEFAULT_SIMULATION: SimulationOptions = {
  seed: 2026,
  startDate: "2024-01-01",
  weeks: 156,
  menteesPerWeek: 14,
  mentors: 160,
  giveUpWeeks: 12,
};

export interface SimulatedHistory {
  history: MatchingHistory;
  /** The hidden model's success probability per relationship (same order), for the ceiling AUC. */
  trueProbabilities: number[];
  asOf: string;
}

const DAY = 86_400_000;
const MONTH = 30.4375 * DAY;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const NO_RULES: PairRules = { blocked: new Set(), endedBefore: new Set(), rematchAllowed: new Set() };

/**
 * A seeded matching history: each week new mentees are cleared, a batch run (proposeMatches, the
 * production pipeline) matches the waiting ones to mentors with room, every proposal is taken as
 * accepted, and each relationship's outcome is drawn from the hidden model. Relationships that end
 * free their mentor's place; those still running at the end are exported as ongoing (censored).
 */
export function simulateHistory(options: SimulationOptions = DEFAULT_SIMULATION): SimulatedHistory {
  const random = seededRandom(options.seed);
  const start = Date.parse(options.startDate);
  const asOf = start + options.weeks * 7 * DAY;
  const mentors = Array.from({ length: options.mentors }, (_, i) => syntheticMentor(random, `mentor-${i + 1}`));
  const taken = new Array<number>(mentors.length).fill(0);
  const endings: { at: number; mentor: number }[] = [];
  const mentees: MenteeRecord[] = [];
  const waiting: { input: MenteeInput; record: MenteeRecord; cleared: number }[] = [];
  const relationships: RelationshipRecord[] = [];
  const trueProbabilities: number[] = [];
  for (let week = 0; week < options.weeks; week++) {
    const weekStart = start + week * 7 * DAY;
    const batchAt = weekStart + 7 * DAY;
    const arrivals = Math.round(options.menteesPerWeek * (0.5 + random()));
    for (let k = 0; k < arrivals; k++) {
      const input = syntheticMentee(random, `mentee-${mentees.length + 1}`);
      const cleared = weekStart + Math.floor(random() * 7) * DAY;
      const record: MenteeRecord = {
        id: input.id,
        clearedAt: iso(cleared),
        matchedAt: null,
        score: null,
        group: groupsOf(input),
      };
      mentees.push(record);
      waiting.push({ input, record, cleared });
    }
    for (let e = endings.length - 1; e >= 0; e--) {
      if (endings[e]!.at <= batchAt) {
        mentors[endings[e]!.mentor]!.activeMentees--;
        endings.splice(e, 1);
      }
    }
    const stillWaiting = waiting.filter((w) => batchAt - w.cleared <= options.giveUpWeeks * 7 * DAY);
    waiting.splice(0, waiting.length, ...stillWaiting);
    const { proposals } = proposeMatches(
      waiting.map((w) => w.input),
      mentors,
      NO_RULES,
      defaultMatchingConfig(iso(batchAt)),
    );
    const byId = new Map(waiting.map((w) => [w.input.id, w]));
    const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
    for (const proposal of proposals) {
      const match = proposal.primary;
      if (!match) continue;
      const w = byId.get(proposal.menteeId)!;
      const m = mentorIndex.get(match.mentorId)!;
      w.record.matchedAt = iso(batchAt);
      w.record.score = match.total;
      mentors[m]!.activeMentees++;
      taken[m]!++;
      const features = featuresOf(match);
      const { record: outcome } = drawOutcome(random, features, w.input.expectedDuration, (asOf - batchAt) / MONTH);
      if (outcome.status !== "ongoing") endings.push({ at: batchAt + outcome.monthsObserved * MONTH, mentor: m });
      const criteria = Object.fromEntries(
        match.criteria.map((c) => [c.criterion, c.score]),
      ) as RelationshipRecord["criteria"];
      relationships.push({
        id: `rel-${relationships.length + 1}`,
        startedAt: iso(batchAt),
        ruleScore: match.ruleTotal,
        criteria,
        ...outcome,
      });
      trueProbabilities.push(trueProbability(features));
    }
    waiting.splice(0, waiting.length, ...waiting.filter((w) => w.record.matchedAt === null));
  }
  return {
    history: { relationships, mentees, mentorLoads: mentors.map((m, i) => ({ id: m.id, mentees: taken[i]! })) },
    trueProbabilities,
    asOf: iso(asOf),
  };
}
