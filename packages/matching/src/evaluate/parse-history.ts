import { FEATURE_NAMES } from "../learning/features.js";
import type { MatchingHistory, MenteeRecord, RelationshipRecord } from "./history.js";

/** Every problem found in an input history, each naming its place (`relationships[3].satisfaction`). */
export class HistoryInputError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join("\n"));
    this.name = "HistoryInputError";
  }
}

const MAX_ISSUES = 20;
const STATUSES = ["graduated", "ended_early", "ongoing"];
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? "nothing" : (JSON.stringify(v) ?? String(v)).slice(0, 40));

/** Checks the JSON shape documented in history.ts; unknown extra fields are ignored. */
export function parseHistory(input: unknown): MatchingHistory {
  const issues: string[] = [];
  const fail = (path: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push(`${path}: ${message}`);
  };
  const date = (o: Obj, key: string, path: string, nullable = false) => {
    const v = o[key];
    if (nullable && v === null) return;
    if (typeof v !== "string" || Number.isNaN(Date.parse(v)))
      fail(`${path}.${key}`, `must be an ISO date, got ${show(v)}`);
  };
  const number = (
    o: Obj,
    key: string,
    path: string,
    min: number,
    max: number,
    opts: { nullable?: boolean; int?: boolean } = {},
  ) => {
    const v = o[key];
    if (opts.nullable && v === null) return;
    const ok =
      typeof v === "number" && Number.isFinite(v) && v >= min && v <= max && (!opts.int || Number.isInteger(v));
    if (!ok)
      fail(
        `${path}.${key}`,
        `must be ${opts.int ? "an integer" : "a number"} in [${min}, ${max}]${opts.nullable ? " or null" : ""}, got ${show(v)}`,
      );
  };
  if (!isObj(input)) throw new HistoryInputError([`input: must be a JSON object, got ${show(input)}`]);
  if (input.horizonMonths !== undefined) number(input, "horizonMonths", "input", 0.1, 120);
  if (input.cutDate !== undefined) date(input, "cutDate", "input");
  if (!Array.isArray(input.relationships) || input.relationships.length === 0) {
    fail("relationships", `must be a non-empty array, got ${show(input.relationships)}`);
  } else {
    input.relationships.forEach((r: unknown, i) => {
      const path = `relationships[${i}]`;
      if (!isObj(r)) {
        fail(path, `must be an object, got ${show(r)}`);
        return;
      }
      if (typeof r.id !== "string") fail(`${path}.id`, `must be a string, got ${show(r.id)}`);
      date(r, "startedAt", path);
      if (!STATUSES.includes(r.status as string))
        fail(`${path}.status`, `must be one of ${STATUSES.join(", ")}, got ${show(r.status)}`);
      number(r, "monthsObserved", path, 0, 1200);
      number(r, "earlyFit", path, 1, 5, { nullable: true, int: true });
      number(r, "satisfaction", path, 1, 5, { nullable: true, int: true });
      number(r, "goalsReached", path, 0, 1, { nullable: true });
      number(r, "ruleScore", path, 0, 1);
      const criteria = r.criteria;
      if (!isObj(criteria))
        fail(`${path}.criteria`, `must be an object of the 16 criterion scores, got ${show(criteria)}`);
      else for (const name of FEATURE_NAMES) number(criteria, name, `${path}.criteria`, 0, 1);
    });
  }
  if (input.mentees !== undefined) {
    if (!Array.isArray(input.mentees)) fail("mentees", `must be an array, got ${show(input.mentees)}`);
    else
      input.mentees.forEach((m: unknown, i) => {
        const path = `mentees[${i}]`;
        if (!isObj(m)) {
          fail(path, `must be an object, got ${show(m)}`);
          return;
        }
        if (typeof m.id !== "string") fail(`${path}.id`, `must be a string, got ${show(m.id)}`);
        date(m, "clearedAt", path);
        date(m, "matchedAt", path, true);
        number(m, "score", path, 0, 1, { nullable: true });
        const group = m.group;
        if (!isObj(group) || Object.values(group).some((v) => typeof v !== "string")) {
          fail(`${path}.group`, `must be an object of strings, got ${show(group)}`);
        }
      });
  }
  if (input.mentorLoads !== undefined) {
    if (!Array.isArray(input.mentorLoads)) fail("mentorLoads", `must be an array, got ${show(input.mentorLoads)}`);
    else
      input.mentorLoads.forEach((m: unknown, i) => {
        if (!isObj(m)) {
          fail(`mentorLoads[${i}]`, `must be an object, got ${show(m)}`);
          return;
        }
        number(m, "mentees", `mentorLoads[${i}]`, 0, 1e6, { int: true });
      });
  }
  if (issues.length > 0) throw new HistoryInputError(issues);
  return {
    horizonMonths: input.horizonMonths as number | undefined,
    cutDate: input.cutDate as string | undefined,
    relationships: input.relationships as RelationshipRecord[],
    mentees: input.mentees as MenteeRecord[] | undefined,
    mentorLoads: input.mentorLoads as { id: string; mentees: number }[] | undefined,
  };
}
