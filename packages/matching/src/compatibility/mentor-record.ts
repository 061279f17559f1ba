import type { PreparedMentor } from "./prepare-profile.js";
import { CHALLENGE_WORDS } from "./vocabulary-tables.js";

/**
 * A prepared mentor packed into RECORD_WIDTH int32s, with its variable-length lists (languages,
 * goal stems, expertise stems) in a shared pool. Scoring a pair then reads one or two cache lines
 * per mentor instead of a dozen scattered objects, which is what makes 10k mentors fast.
 * Personality scores are stored in thousandths (TIPI scores are multiples of 0.5, so exactly).
 */
if (CHALLENGE_WORDS !== 2) throw new Error("mentor-record: the layout assumes 33..64 challenges");
export const R = {
  lived0: 0,
  lived1: 1,
  livedGroups: 2,
  spec0: 3,
  spec1: 4,
  specGroups: 5,
  challengeCount: 6,
  stage: 7,
  style: 8,
  values: 9,
  valueCount: 10,
  offset: 11,
  hasOffset: 12,
  hasAvailability: 13,
  languageCount: 14,
  tech: 15,
  support: 16,
  supportCount: 17,
  frequency: 18,
  duration: 19,
  goalStemCount: 20,
  hasTipi: 21,
  tipi0: 22,
  languagesAt: 27,
  languagesLength: 28,
  goalsAt: 29,
  goalsLength: 30,
  expertiseAt: 31,
  expertiseLength: 32,
  bestLanguageRank: 33,
  goalSignature0: 34,
  goalSignature1: 35,
  expertiseSignature0: 36,
  expertiseSignature1: 37,
} as const;
export const RECORD_WIDTH = 38;

/**
 * 64-bit signature of a set of stem ids (bit id & 63). A stem both sides use always finds its bit
 * set, so counting a mentee's stems whose bit the mentor has set bounds the overlap from above.
 */
export function signature(ids: ArrayLike<number>): [number, number] {
  let low = 0;
  let high = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id < 0) continue;
    if ((id & 63) < 32) low |= 1 << (id & 31);
    else high |= 1 << (id & 31);
  }
  return [low, high];
}

/** Appends the mentor's lists to `pool` and writes its record at records[at..]. */
export function packMentor(t: PreparedMentor, records: Int32Array, at: number, pool: number[]): void {
  const put = (field: number, value: number) => {
    records[at + field] = value;
  };
  put(R.lived0, t.livedBits[0]!);
  put(R.lived1, t.livedBits[1]!);
  put(R.livedGroups, t.livedGroups);
  put(R.spec0, t.specBits[0]!);
  put(R.spec1, t.specBits[1]!);
  put(R.specGroups, t.specGroups);
  put(R.challengeCount, t.challenges.length);
  put(R.stage, t.stage);
  put(R.style, t.style);
  put(R.values, t.values);
  put(R.valueCount, t.valueCount);
  put(R.offset, t.offsetMinutes ?? 0);
  put(R.hasOffset, t.offsetMinutes === null ? 0 : 1);
  put(R.hasAvailability, t.hasAvailability ? 1 : 0);
  put(R.languageCount, t.languageCount);
  put(R.tech, t.tech);
  put(R.support, t.support);
  put(R.supportCount, t.supportList.length);
  put(R.frequency, t.frequency);
  put(R.duration, t.duration);
  put(R.goalStemCount, t.goalStemCount);
  put(R.hasTipi, t.tipi ? 1 : 0);
  put(R.bestLanguageRank, t.bestLanguageRank);
  const [g0, g1] = signature(t.goalStems);
  put(R.goalSignature0, g0);
  put(R.goalSignature1, g1);
  const [x0, x1] = signature(t.expertise);
  put(R.expertiseSignature0, x0);
  put(R.expertiseSignature1, x1);
  for (let k = 0; k < 5; k++) put(R.tipi0 + k, t.tipi ? Math.round(t.tipi[k]! * 1000) : 0);
  const list = (atField: number, lengthField: number, values: ArrayLike<number>) => {
    put(atField, pool.length);
    put(lengthField, values.length);
    for (let k = 0; k < values.length; k++) pool.push(values[k]!);
  };
  const languages: number[] = [];
  for (let k = 0; k < t.languages.length; k++) languages.push(t.languages[k]!, t.languageRanks[k]!);
  list(R.languagesAt, R.languagesLength, languages);
  list(R.goalsAt, R.goalsLength, t.goalStems);
  list(R.expertiseAt, R.expertiseLength, t.expertise);
}

/** One mentor on its own, for scoring a single pair. */
export function packOne(t: PreparedMentor): { records: Int32Array; pool: Int32Array } {
  const records = new Int32Array(RECORD_WIDTH);
  const pool: number[] = [];
  packMentor(t, records, 0, pool);
  return { records, pool: Int32Array.from(pool) };
}
