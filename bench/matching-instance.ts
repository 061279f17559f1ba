import type { IndexedProblem } from "../packages/matching/src/index.js";

/**
 * Seeded synthetic assignment instances. Mentor popularity is skewed (Zipf, exponent 0.8, over a
 * shuffled order), so popular mentors sit in many candidate lists and compete for few places;
 * capacities are uniform in 1..maxCapacity (default 5). Each mentee gets K distinct candidate mentors drawn by popularity;
 * the score mixes a latent-profile match, the mentor's popularity and noise, in [0, 1] to 6 decimals.
 */
export interface InstanceSize {
  readonly mentees: number;
  readonly mentors: number;
  readonly k: number;
  readonly maxCapacity?: number;
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIMS = 6;

export function generateInstance(size: InstanceSize, seed: number): IndexedProblem {
  const rand = seededRandom(seed);
  const { mentees: n, mentors: m } = size;
  const k = Math.min(size.k, m);
  const mentorCapacity = new Int32Array(m);
  for (let j = 0; j < m; j++) mentorCapacity[j] = 1 + Math.floor(rand() * (size.maxCapacity ?? 5));

  const rank = Int32Array.from({ length: m }, (_, j) => j);
  for (let j = m - 1; j > 0; j--) {
    const r = Math.floor(rand() * (j + 1));
    [rank[j], rank[r]] = [rank[r]!, rank[j]!];
  }
  const popularity = new Float64Array(m);
  const cumulative = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    popularity[j] = (rank[j]! + 1) ** -0.8;
    total += popularity[j]!;
    cumulative[j] = total;
  }
  const pick = (): number => {
    const x = rand() * total;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const profile = (count: number): Float64Array => {
    const v = new Float64Array(count * DIMS);
    for (let q = 0; q < v.length; q++) v[q] = rand() * 2 - 1;
    return v;
  };
  const mentorProfile = profile(m);
  const menteeProfile = profile(n);
  const topPopularity = 1;

  const edgeMentee = new Int32Array(n * k);
  const edgeMentor = new Int32Array(n * k);
  const edgeScore = new Float64Array(n * k);
  const seenBy = new Int32Array(m).fill(-1);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; ) {
      const j = pick();
      if (seenBy[j] === i) continue;
      seenBy[j] = i;
      c++;
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += menteeProfile[i * DIMS + d]! * mentorProfile[j * DIMS + d]!;
      const raw = 0.5 + 0.12 * dot + 0.15 * (popularity[j]! / topPopularity) + 0.1 * (rand() - 0.5);
      edgeMentee[e] = i;
      edgeMentor[e] = j;
      edgeScore[e] = Math.round(Math.min(1, Math.max(0, raw)) * 1e6) / 1e6;
      e++;
    }
  }
  return { menteeCount: n, mentorCapacity, edgeMentee, edgeMentor, edgeScore };
}
