import { CHALLENGES, challengeOfSpecialisation, type SpecialisationId } from "@mentalverse/shared";
import { setBit, WEEK_WORDS } from "./bits.js";
import type { MenteeInput, MentorInput, PersonProfile } from "./types.js";
import {
  CHALLENGE_GROUP_MASK,
  CHALLENGE_INDEX,
  CHALLENGE_TYPE_MASK,
  CHALLENGE_WORDS,
  DURATION_RANK,
  FREQUENCY_RANK,
  mentorTypeMask,
  STAGE_RANK,
  STYLE_INDEX,
  SUPPORT_INDEX,
  TECH_RANK,
  VALUE_INDEX,
} from "./vocabulary-tables.js";
import { stemsOf } from "./words.js";
import { utcWeekBits, zoneOffsetMinutes } from "./zone-offset.js";

/** Strings to dense ids. Mentors add words; a mentee only looks them up (-1: no mentor uses it). */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
  find(word: string): number {
    return this.ids.get(word) ?? -1;
  }
}

export interface Lexicons {
  readonly languages: Lexicon;
  readonly stems: Lexicon;
}

export function newLexicons(): Lexicons {
  return { languages: new Lexicon(), stems: new Lexicon() };
}

/** A profile turned into numbers once, so that scoring a pair allocates nothing. 0 or -1 mean unknown. */
export interface Prepared {
  readonly id: string;
  readonly challenges: Int32Array;
  /** 2 for the primary challenge, 1 for the others. */
  readonly challengeWeights: Float64Array;
  readonly challengeWeightSum: number;
  /** The primary challenge, else the first listed, else -1. */
  readonly primary: number;
  readonly livedBits: Uint32Array;
  readonly livedGroups: number;
  readonly stage: number;
  /** Sorted distinct stem ids of all goals (unknown stems left out but counted in goalStemCount). */
  readonly goalStems: Int32Array;
  readonly goalStemCount: number;
  readonly goalStemsPerGoal: readonly Int32Array[];
  /** Known stem id -> the first word it came from, in order of appearance (for reasons). */
  readonly goalWords: ReadonlyMap<number, string>;
  /** The same pairs as goalWords, as arrays in its order (reasons walk them for every proposal). */
  readonly goalWordIds: Int32Array;
  readonly goalWordTexts: readonly string[];
  readonly style: number;
  /** Extraversion, agreeableness, conscientiousness, emotional stability, openness (1..7). */
  readonly tipi: Float64Array | null;
  readonly values: number;
  readonly valueCount: number;
  readonly offsetMinutes: number | null;
  readonly week: Uint32Array;
  readonly hasAvailability: boolean;
  readonly languages: Int32Array;
  readonly languageRanks: Int32Array;
  /** The code of each entry of `languages`, lower-cased. */
  readonly languageCodes: readonly string[];
  readonly languageCount: number;
  /** Highest proficiency rank among the languages other people also use (0 when none). */
  readonly bestLanguageRank: number;
  readonly tech: number;
  readonly support: number;
  readonly firstSupport: number;
  readonly supportList: Int32Array;
  readonly frequency: number;
  readonly duration: number;
}

export interface PreparedMentor extends Prepared {
  readonly specBits: Uint32Array;
  readonly specGroups: number;
  readonly hasSpecs: boolean;
  /** Challenges the mentor may take as a primary need: a specialisation in it under a type that covers it. */
  readonly coverBits: Uint32Array;
  /** Sorted stem ids of the mentor's goals and the labels of their specialisations and lived challenges. */
  readonly expertise: Int32Array;
}

/** Stems of each challenge's label, worked out once. */
const LABEL_STEMS = CHALLENGES.map((c) => [...stemsOf(c.label).keys()]);

const PROFICIENCY_RANK: Record<string, number> = { basic: 1, conversational: 2, fluent: 3, native: 4 };

const sortedIds = (ids: Iterable<number>) => Int32Array.from(new Set([...ids].filter((k) => k >= 0))).sort();

function prepare(p: PersonProfile, lex: Lexicons, referenceDate: string, adding: boolean): Prepared {
  const wordId = (l: Lexicon, w: string) => (adding ? l.add(w) : l.find(w));
  const seen = new Set<number>();
  const challenges: number[] = [];
  const weights: number[] = [];
  let primary = -1;
  const livedBits = new Uint32Array(CHALLENGE_WORDS);
  let livedGroups = 0;
  for (const c of p.challenges ?? []) {
    const k = CHALLENGE_INDEX.get(c.id);
    if (k === undefined || seen.has(k)) continue;
    seen.add(k);
    challenges.push(k);
    weights.push(c.primary ? 2 : 1);
    if (c.primary && primary < 0) primary = k;
    setBit(livedBits, k);
    livedGroups |= CHALLENGE_GROUP_MASK[k]!;
  }
  if (primary < 0 && challenges.length > 0) primary = challenges[0]!;
  // Each goal's stems once; `words` keeps the first word of each stem over all goals, in order.
  const perGoal: string[][] = [];
  const words = new Map<string, string>();
  for (const g of p.goals ?? []) {
    const own = stemsOf(g);
    perGoal.push([...own.keys()]);
    for (const [s, w] of own) if (!words.has(s)) words.set(s, w);
  }
  const allStems = new Set(perGoal.flat());
  const goalWords = new Map<number, string>();
  for (const [s, w] of words) {
    const id = wordId(lex.stems, s);
    if (id >= 0) goalWords.set(id, w);
  }
  const offsetMinutes = zoneOffsetMinutes(p.timeZone ?? "", referenceDate);
  const slots = p.availability ?? [];
  const week = utcWeekBits(slots, offsetMinutes, new Uint32Array(WEEK_WORDS));
  const langs = new Map<number, number>();
  const codes = new Map<number, string>();
  let languageCount = 0;
  for (const l of p.languages ?? []) {
    languageCount++;
    const code = l.code.toLowerCase();
    const id = wordId(lex.languages, code);
    if (id >= 0 && !codes.has(id)) codes.set(id, code);
    if (id >= 0) langs.set(id, Math.max(langs.get(id) ?? 0, PROFICIENCY_RANK[l.proficiency] ?? 1));
  }
  let values = 0;
  for (const v of p.topValues ?? []) values |= 1 << (VALUE_INDEX.get(v) ?? 31);
  values &= 0x7fffffff;
  const supportList = [...new Set((p.supportTypes ?? []).map((s) => SUPPORT_INDEX.get(s) ?? -1))].filter((k) => k >= 0);
  const t = p.personality;
  return {
    id: p.id,
    challenges: Int32Array.from(challenges),
    challengeWeights: Float64Array.from(weights),
    challengeWeightSum: weights.reduce((a, b) => a + b, 0),
    primary,
    livedBits,
    livedGroups,
    stage: (p.recoveryStage && STAGE_RANK.get(p.recoveryStage)) || 0,
    goalStems: sortedIds([...allStems].map((s) => wordId(lex.stems, s))),
    goalStemCount: allStems.size,
    goalWords,
    goalWordIds: Int32Array.from(goalWords.keys()),
    goalWordTexts: [...goalWords.values()],
    goalStemsPerGoal: perGoal.map((stems) => Int32Array.from(stems, (s) => wordId(lex.stems, s))),
    style: (p.communicationStyle && STYLE_INDEX.get(p.communicationStyle)) ?? -1,
    tipi: t
      ? Float64Array.of(t.extraversion, t.agreeableness, t.conscientiousness, t.emotional_stability, t.openness)
      : null,
    values,
    valueCount: popcount(values),
    offsetMinutes,
    week,
    hasAvailability: offsetMinutes !== null && slots.length > 0,
    languages: Int32Array.from(langs.keys()),
    languageRanks: Int32Array.from(langs.values()),
    languageCodes: [...codes.values()],
    languageCount,
    bestLanguageRank: Math.max(0, ...langs.values()),
    tech: (p.technologyComfort && TECH_RANK.get(p.technologyComfort)) || 0,
    support: supportList.reduce((mask, k) => mask | (1 << k), 0),
    firstSupport: supportList[0] ?? -1,
    supportList: Int32Array.from(supportList),
    frequency: (p.intensity && FREQUENCY_RANK.get(p.intensity)) || 0,
    duration: (p.expectedDuration && DURATION_RANK.get(p.expectedDuration)) || 0,
  };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

export function prepareMentee(mentee: MenteeInput, lex: Lexicons, referenceDate: string): Prepared {
  return prepare(mentee, lex, referenceDate, false);
}

export function prepareMentor(mentor: MentorInput, lex: Lexicons, referenceDate: string): PreparedMentor {
  const base = prepare(mentor, lex, referenceDate, true);
  const specBits = new Uint32Array(CHALLENGE_WORDS);
  const coverBits = new Uint32Array(CHALLENGE_WORDS);
  const types = mentorTypeMask(mentor.mentorTypes ?? []);
  let specGroups = 0;
  const expertise = new Set<number>(base.goalStems);
  const addLabel = (k: number) => {
    for (const s of LABEL_STEMS[k]!) expertise.add(lex.stems.add(s));
  };
  for (const spec of mentor.specialisations ?? []) {
    const k = CHALLENGE_INDEX.get(challengeOfSpecialisation(spec as SpecialisationId));
    if (k === undefined) continue;
    setBit(specBits, k);
    specGroups |= CHALLENGE_GROUP_MASK[k]!;
    if ((CHALLENGE_TYPE_MASK[k]! & types) !== 0) setBit(coverBits, k);
    addLabel(k);
  }
  for (const k of base.challenges) addLabel(k);
  return {
    ...base,
    specBits,
    specGroups,
    hasSpecs: specGroups !== 0,
    coverBits,
    expertise: sortedIds(expertise),
  };
}
