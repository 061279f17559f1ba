import type { CallHistoryResponseSchema } from "@mentalverse/shared";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { listCalls } from "./calls-repository.js";
import { loadPair } from "./pair-access.js";
import { presentCall } from "./presenter.js";
import { HISTORY_LIMIT } from "./rules.js";

type CallHistoryResponse = z.infer<typeof CallHistoryResponseSchema>;

/** The pair's calls, newest first; readable after the relationship ended too (state read_only). */
export async function listCallsOf(
  ctx: AppContext,
  conversationId: string,
  userId: string,
): Promise<CallHistoryResponse> {
  await loadPair(ctx.db, conversationId, userId);
  const now = ctx.clock.now();
  return { calls: (await listCalls(ctx.db, conversationId, HISTORY_LIMIT)).map((row) => presentCall(row, now)) };
}
