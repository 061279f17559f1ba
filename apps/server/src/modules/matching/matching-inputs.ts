import {
  defaultMatchingConfig,
  type MatchingConfig,
  type MenteeInput,
  type MentorInput,
  type PairRules,
  type PersonProfile,
  pairKey,
} from "@mentalverse/matching";
import { type MentorType, type ProfileField, type SpecialisationId, scoreTipi } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { readProfile } from "../profiles/stored-profile.js";
import {
  findAvailableMentors,
  findMenteeInput,
  findMentorInput,
  findPairRows,
  findWaitingMentee,
  findWaitingMentees,
  type MenteeInputRow,
  type MentorInputRow,
  type PairRows,
} from "./inputs-repository.js";

/**
 * The library's view of a stored profile; fields a stale row no longer fits read as unanswered.
 * With `sharedOnly`, fields the member keeps private read as unanswered too: that is the profile
 * reasons shown to a peer or reviewer are written from (see shareable-reasons.ts).
 */
function personOf(
  userId: string,
  stored: Record<string, unknown>,
  storedVisibility: Record<string, string>,
  sharedOnly = false,
): PersonProfile {
  const epoch = new Date(0);
  const profile = readProfile({
    user_id: userId,
    fields: stored,
    visibility: storedVisibility,
    complete: true,
    created_at: epoch,
    updated_at: epoch,
  });
  const fields = sharedOnly
    ? (Object.fromEntries(
        Object.entries(profile.fields).filter(
          ([field]) => profile.visibility[field as ProfileField] === "shared_with_match",
        ),
      ) as typeof profile.fields)
    : profile.fields;
  const tipi = fields.tipi ? scoreTipi(fields.tipi) : null;
  return {
    id: userId,
    challenges: fields.challenges ?? [],
    recoveryStage: fields.recoveryStage ?? null,
    goals: fields.goals ?? [],
    communicationStyle: fields.communicationStyle ?? null,
    personality: tipi?.status === "scored" ? tipi.scores : null,
    topValues: fields.topValues ?? [],
    timeZone: fields.timeZone ?? "",
    availability: fields.availability ?? [],
    languages: fields.languages ?? [],
    technologyComfort: fields.technologyComfort ?? null,
    supportTypes: fields.supportTypes ?? [],
    intensity: fields.intensity ?? null,
    expectedDuration: fields.expectedDuration ?? null,
  };
}

function menteeOf(row: MenteeInputRow, sharedOnly = false): MenteeInput {
  return { ...personOf(row.user_id, row.fields, row.visibility, sharedOnly), cleared: Boolean(row.cleared) };
}

function mentorOf(row: MentorInputRow, sharedOnly = false): MentorInput {
  return {
    ...personOf(row.user_id, row.fields, row.visibility, sharedOnly),
    mentorTypes: row.mentor_types as MentorType[],
    specialisations: row.specialisations as SpecialisationId[],
    active: row.status === "active",
    pausedNewMatches: row.pause_new_matches,
    capacity: row.capacity,
    activeMentees: row.active_mentees,
  };
}

/**
 * Blocks count either way; a member never mentors themselves; pairs already turned down are kept
 * out of new proposals (`passedOver`) but not out of a reviewer's explicit override.
 */
function rulesOf(rows: PairRows, selfIds: readonly string[], withPassedOver: boolean): PairRules {
  const blocked = new Set<string>();
  for (const b of rows.blocks) {
    blocked.add(pairKey(b.blocker_id, b.blocked_id));
    blocked.add(pairKey(b.blocked_id, b.blocker_id));
  }
  for (const id of selfIds) blocked.add(pairKey(id, id));
  if (withPassedOver) for (const p of rows.passedOver) blocked.add(pairKey(p.mentee_id, p.mentor_id));
  return {
    blocked,
    endedBefore: new Set(rows.ended.map((r) => pairKey(r.mentee_id, r.mentor_id))),
    rematchAllowed: new Set(rows.allowed.map((r) => pairKey(r.mentee_id, r.mentor_id))),
  };
}

export function matchingConfigAt(now: Date): MatchingConfig {
  return defaultMatchingConfig(now.toISOString().slice(0, 10));
}

/** Each member as a peer or reviewer may see them: private fields unanswered. Reasons are written from these. */
export interface SharedView {
  mentees: Map<string, MenteeInput>;
  mentors: Map<string, MentorInput>;
}

export interface BatchInputs {
  mentees: MenteeInput[];
  mentors: MentorInput[];
  rules: PairRules;
  shared: SharedView;
}

function sharedViewOf(menteeRows: readonly MenteeInputRow[], mentorRows: readonly MentorInputRow[]): SharedView {
  return {
    mentees: new Map(menteeRows.map((r) => [r.user_id, menteeOf(r, true)])),
    mentors: new Map(mentorRows.map((r) => [r.user_id, mentorOf(r, true)])),
  };
}

/** Everyone waiting and every active mentor, for a batch run. */
export async function loadBatchInputs(db: Db): Promise<BatchInputs> {
  const [menteeRows, mentorRows, pairRows] = [
    await findWaitingMentees(db),
    await findAvailableMentors(db),
    await findPairRows(db),
  ];
  const mentees = menteeRows.map((r) => menteeOf(r));
  return {
    mentees,
    mentors: mentorRows.map((r) => mentorOf(r)),
    rules: rulesOf(
      pairRows,
      mentees.map((m) => m.id),
      true,
    ),
    shared: sharedViewOf(menteeRows, mentorRows),
  };
}

/** One waiting mentee and every active mentor; null when the member is not waiting for a match. */
export async function loadSingleInputs(db: Db, menteeId: string): Promise<BatchInputs | null> {
  const menteeRow = await findWaitingMentee(db, menteeId);
  if (!menteeRow) return null;
  return oneMenteeInputs(db, menteeRow, true);
}

/** A mentee with an open proposal (so no longer "waiting") and every active mentor, for a reviewer's override list. */
export async function loadOverrideInputs(db: Db, menteeId: string): Promise<BatchInputs | null> {
  const menteeRow = await findMenteeInput(db, menteeId);
  if (!menteeRow) return null;
  return oneMenteeInputs(db, menteeRow, false);
}

async function oneMenteeInputs(db: Db, menteeRow: MenteeInputRow, withPassedOver: boolean): Promise<BatchInputs> {
  const mentorRows = await findAvailableMentors(db);
  return {
    mentees: [menteeOf(menteeRow)],
    mentors: mentorRows.map((r) => mentorOf(r)),
    rules: rulesOf(await findPairRows(db, menteeRow.user_id), [menteeRow.user_id], withPassedOver),
    shared: sharedViewOf([menteeRow], mentorRows),
  };
}

/** One pair as it stands now, for approval and override checks; null when either side has no inputs. */
export async function loadPair(
  db: Db,
  menteeId: string,
  mentorId: string,
): Promise<{ mentee: MenteeInput; mentor: MentorInput; rules: PairRules; shared: SharedView } | null> {
  const menteeRow = await findMenteeInput(db, menteeId);
  const mentorRow = await findMentorInput(db, mentorId);
  if (!menteeRow || !mentorRow) return null;
  return {
    mentee: menteeOf(menteeRow),
    mentor: mentorOf(mentorRow),
    rules: rulesOf(await findPairRows(db, menteeId), [menteeId], false),
    shared: sharedViewOf([menteeRow], [mentorRow]),
  };
}
