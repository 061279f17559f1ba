import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type {
  MatchOptionStatus,
  MatchOptionsTable,
  MatchProposalStatus,
  MatchProposalsTable,
} from "../../db/schema.js";

export type ProposalRow = Selectable<MatchProposalsTable>;
export type OptionRow = Selectable<MatchOptionsTable>;
export type ProposalWithMentee = ProposalRow & { mentee_name: string };
export type OptionWithMentor = OptionRow & { mentor_name: string };

export type NewOption = Omit<Insertable<MatchOptionsTable>, "proposal_id">;

/** Opens a proposal with its options; null when the mentee already has an open one. */
export async function insertProposal(
  db: Db,
  values: { runId: string; menteeId: string; now: Date; options: NewOption[] },
): Promise<string | null> {
  const row = await db
    .insertInto("match_proposals")
    .values({
      run_id: values.runId,
      mentee_id: values.menteeId,
      status: "in_review",
      created_at: values.now,
      updated_at: values.now,
    })
    .onConflict((oc) => oc.column("mentee_id").where("status", "in", ["in_review", "offered"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) return null;
  await db
    .insertInto("match_options")
    .values(values.options.map((o) => ({ ...o, proposal_id: row.id })))
    .execute();
  return row.id;
}

function proposalsWithMentee(db: Db) {
  return db
    .selectFrom("match_proposals as p")
    .innerJoin("users as u", "u.id", "p.mentee_id")
    .selectAll("p")
    .select("u.display_name as mentee_name");
}

export async function findProposal(db: Db, id: string): Promise<ProposalWithMentee | undefined> {
  return proposalsWithMentee(db).where("p.id", "=", id).executeTakeFirst();
}

/** Locks the proposal so two reviewers, or a reviewer and the mentee, cannot move it at once. */
export async function lockProposal(db: Db, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom("match_proposals").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/** The mentee's newest proposal that is still open or has just matched. */
export async function findOpenProposalOf(db: Db, menteeId: string): Promise<ProposalRow | undefined> {
  return db
    .selectFrom("match_proposals")
    .selectAll()
    .where("mentee_id", "=", menteeId)
    .where("status", "in", ["in_review", "offered"])
    .executeTakeFirst();
}

export async function updateProposal(
  db: Db,
  id: string,
  changes: Partial<
    Pick<ProposalRow, "chosen_option_id" | "flagged" | "flag_reason" | "closed_reason"> & {
      status: MatchProposalStatus;
    }
  > & { updated_at: Date },
): Promise<void> {
  await db.updateTable("match_proposals").set(changes).where("id", "=", id).execute();
}

export async function listProposalsInReview(
  db: Db,
  search: { flagged?: boolean | undefined; limit: number; offset: number },
): Promise<{ rows: ProposalWithMentee[]; total: number }> {
  let rows = proposalsWithMentee(db).where("p.status", "=", "in_review");
  let count = db.selectFrom("match_proposals").where("status", "=", "in_review");
  if (search.flagged !== undefined) {
    rows = rows.where("p.flagged", "=", search.flagged);
    count = count.where("flagged", "=", search.flagged);
  }
  const page = await rows
    .orderBy("p.flagged", "desc")
    .orderBy("p.created_at")
    .orderBy("p.id")
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const n = await count.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows: page, total: Number(n.n) };
}

export async function listOptions(db: Db, proposalIds: readonly string[]): Promise<OptionWithMentor[]> {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom("match_options as o")
    .innerJoin("users as u", "u.id", "o.mentor_id")
    .selectAll("o")
    .select("u.display_name as mentor_name")
    .where("o.proposal_id", "in", proposalIds)
    .orderBy("o.proposal_id")
    .orderBy("o.rank")
    .execute();
}

export async function findOption(db: Db, id: string): Promise<OptionRow | undefined> {
  return db.selectFrom("match_options").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertOption(db: Db, option: Insertable<MatchOptionsTable>): Promise<OptionRow> {
  return db.insertInto("match_options").values(option).returningAll().executeTakeFirstOrThrow();
}

export async function updateOption(
  db: Db,
  id: string,
  changes: { status: MatchOptionStatus; decided_by?: string | null; decision_reason?: string | null },
): Promise<void> {
  await db.updateTable("match_options").set(changes).where("id", "=", id).execute();
}

export async function listOptionsById(db: Db, ids: readonly string[]): Promise<Map<string, OptionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("match_options").selectAll().where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
