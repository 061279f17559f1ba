import type { MyMatchOptions } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { findPeers } from "./peers-repository.js";
import { presentPeer, reasonsOf } from "./presenter.js";
import { findOpenProposalOf, listOptions } from "./proposals-repository.js";

/**
 * The mentee's open options: up to three mentors, each with the reasons and only what that mentor
 * shares. Options a reviewer turned down or that passed on are not shown again.
 */
export async function getMyOptions(db: Db, menteeId: string): Promise<MyMatchOptions> {
  const proposal = await findOpenProposalOf(db, menteeId);
  if (!proposal) return { proposal: null };
  const options = (await listOptions(db, [proposal.id])).filter((o) => o.status === "open" || o.status === "offered");
  const peers = await findPeers(
    db,
    options.map((o) => o.mentor_id),
  );
  return {
    proposal: {
      id: proposal.id,
      status: proposal.status,
      createdAt: proposal.created_at.toISOString(),
      chosenOptionId: proposal.chosen_option_id,
      options: options.map((o) => ({
        id: o.id,
        rank: o.rank,
        reasons: reasonsOf(o.breakdown),
        mentor: presentPeer(peers, o.mentor_id),
      })),
    },
  };
}
