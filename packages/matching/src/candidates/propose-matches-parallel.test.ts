import { describe, expect, it } from "vitest";
import { config } from "../compatibility/profiles-for-tests.js";
import { proposeMatches } from "./propose-matches.js";
import { proposeMatchesParallel } from "./propose-matches-parallel.js";
import { randomInstance } from "./random-instance.js";

describe("proposeMatchesParallel", () => {
  it("gives exactly proposeMatches' result, whichever thread generated each run of candidates", {
    timeout: 60_000,
  }, async () => {
    for (const seed of [1, 2, 3]) {
      const { mentees, mentors, rules } = randomInstance(seed, 300, 40);
      const c = { ...config, candidatesPerMentee: 5 };
      const single = proposeMatches(mentees, mentors, rules, c);
      let tick = 0;
      const parallel = await proposeMatchesParallel(mentees, mentors, rules, c, {
        workers: 2,
        minMenteesPerThread: 50,
        now: () => tick++,
      });
      // Both runs after the first went to workers (tsx is there to load them from source).
      expect(parallel.timings.workerRuns).toBe(2);
      expect(withoutTimings(parallel)).toEqual(withoutTimings(single));
    }
  });

  it("does a worker's run itself when the worker cannot take it", async () => {
    const { mentees, mentors, rules } = randomInstance(4, 200, 30);
    // A function cannot be sent to a worker, so posting the task fails.
    const unsendable = mentees.map((m) => Object.assign({}, m, { toJSON: () => m.id }));
    const single = proposeMatches(mentees, mentors, rules, config);
    let tick = 0;
    const parallel = await proposeMatchesParallel(unsendable, mentors, rules, config, {
      workers: 1,
      minMenteesPerThread: 50,
      now: () => tick++,
    });
    expect(parallel.timings.workerRuns).toBe(0);
    expect(withoutTimings(parallel)).toEqual(withoutTimings(single));
  });

  it("runs on this thread alone with no workers or few mentees", async () => {
    const { mentees, mentors, rules } = randomInstance(7, 30, 10);
    const single = proposeMatches(mentees, mentors, rules, config);
    expect(await proposeMatchesParallel(mentees, mentors, rules, config, { workers: 0 })).toEqual(single);
    expect(await proposeMatchesParallel(mentees, mentors, rules, config, { workers: 3 })).toEqual(single);
  });
});

function withoutTimings<T extends { timings: unknown }>(x: T): Omit<T, "timings"> {
  const { timings: _, ...rest } = x;
  return rest;
}
