import type { Compatibility } from "@mentalverse/matching";
import {
  type MatchBreakdown,
  MatchBreakdownSchema,
  type MatchProfile,
  type MatchProposal,
  type MatchRun,
  MatchRunStatsSchema,
} from "@mentalverse/shared";
import { presentForMatch } from "../profiles/present-for-match.js";
import { readProfile } from "../profiles/stored-profile.js";
import type { OfferRow } from "./offers-repository.js";
import type { PeerRow } from "./peers-repository.js";
import type { OptionWithMentor, ProposalWithMentee } from "./proposals-repository.js";
import type { MatchRunRow } from "./runs-repository.js";

/** What an option stores of the library's result: everything but the ids and the total (a column). */
export function breakdownToStore(c: Compatibility): Record<string, unknown> {
  return {
    ruleTotal: c.ruleTotal,
    dimensions: c.dimensions,
    criteria: c.criteria,
    reasons: c.reasons,
    sharedHoursPerWeek: c.sharedHoursPerWeek,
  };
}

/** A stored breakdown read back; anything that no longer fits reads as empty rather than failing the page. */
export function presentBreakdown(total: number, stored: Record<string, unknown>): MatchBreakdown {
  const parsed = MatchBreakdownSchema.safeParse({ ...stored, total });
  if (parsed.success) return parsed.data;
  return {
    total,
    ruleTotal: total,
    dimensions: {
      experience_compatibility: 0,
      personal_compatibility: 0,
      practical_compatibility: 0,
      support_needs_alignment: 0,
    },
    criteria: [],
    reasons: [],
    sharedHoursPerWeek: 0,
  };
}

export function reasonsOf(stored: unknown): string[] {
  const reasons = (stored as { reasons?: unknown } | null)?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === "string") : [];
}

export function presentRun(row: MatchRunRow): MatchRun {
  const stats = MatchRunStatsSchema.safeParse(row.stats);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedById: row.started_by,
    startedByName: row.started_by_name,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    stats: stats.success ? stats.data : null,
    error: row.error,
  };
}

/** The option approval would offer: the mentee's choice while open, else the best open option. */
export function selectedOption<T extends { id: string; status: string; rank: number }>(
  chosenId: string | null,
  options: readonly T[],
): T | undefined {
  const open = options.filter((o) => o.status === "open").sort((a, b) => a.rank - b.rank);
  return open.find((o) => o.id === chosenId) ?? open[0];
}

export function presentProposal(
  proposal: ProposalWithMentee,
  options: readonly OptionWithMentor[],
  offer: OfferRow | undefined,
): MatchProposal {
  const own = options.filter((o) => o.proposal_id === proposal.id);
  const selected = proposal.status === "in_review" ? selectedOption(proposal.chosen_option_id, own) : undefined;
  return {
    id: proposal.id,
    runId: proposal.run_id,
    status: proposal.status,
    createdAt: proposal.created_at.toISOString(),
    mentee: { id: proposal.mentee_id, displayName: proposal.mentee_name },
    flagged: proposal.flagged,
    flagReason: proposal.flag_reason,
    chosenOptionId: proposal.chosen_option_id,
    selectedOptionId: selected?.id ?? null,
    options: own.map((o) => ({
      id: o.id,
      rank: o.rank,
      source: o.source,
      status: o.status,
      mentor: { id: o.mentor_id, displayName: o.mentor_name },
      breakdown: presentBreakdown(o.total, o.breakdown),
      decisionReason: o.decision_reason,
    })),
    offer: offer
      ? { id: offer.id, status: offer.status, mentorId: offer.mentor_id, expiresAt: offer.expires_at.toISOString() }
      : null,
  };
}

/** What one member may see of another: the display name and shared fields, through presentForMatch only. */
export function presentPeer(peers: ReadonlyMap<string, PeerRow>, id: string): MatchProfile {
  const peer = peers.get(id);
  if (!peer) return { displayName: "A former member" };
  return presentForMatch(peer.displayName, readProfile(peer.profile));
}
