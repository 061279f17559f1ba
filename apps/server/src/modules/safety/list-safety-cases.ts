import type { AppContext } from "../../context.js";
import { presentSafetyCase } from "./presenter.js";
import { type SafetyCaseStatus, searchSafetyCases } from "./safety-repository.js";

/** The safety queue. Lists carry no answers; opening a case is what shows (and audits) them. */
export async function listSafetyCases(
  ctx: AppContext,
  query: { status?: SafetyCaseStatus | undefined; limit: number; offset: number },
) {
  const { rows, total } = await searchSafetyCases(ctx.db, query);
  return { cases: rows.map(presentSafetyCase), total };
}
