import {
  comparedScore,
  MeasureAnswerError,
  QUESTIONNAIRES,
  type QuestionnaireId,
  scoreQuestionnaire,
} from "@mentalverse/measures";
import type { AppContext } from "../../context.js";
import { badRequest, notFound } from "../../lib/errors.js";
import { requestScreening, sendScreeningRequestNotice } from "../screening/request-screening.js";
import { completeMeasureResponse, type MeasureAnswerMap, upsertMeasureDraft } from "./measures-repository.js";
import { presentMeasureResponse } from "./presenter.js";

function instrumentOf(id: string): QuestionnaireId {
  if (!Object.hasOwn(QUESTIONNAIRES, id)) throw notFound("Questionnaire");
  return id as QuestionnaireId;
}

function score(instrument: QuestionnaireId, answers: MeasureAnswerMap) {
  try {
    return scoreQuestionnaire(instrument, answers);
  } catch (error) {
    if (error instanceof MeasureAnswerError) {
      throw badRequest("Some answers are not valid for this questionnaire", [
        { field: `body.answers.${error.itemId}`, reason: error.message },
      ]);
    }
    throw error;
  }
}

/**
 * Saves a questionnaire: an incomplete one as the member's draft (never scored), a complete one
 * scored and banded by the library and then immutable. A PHQ-9 with item 9 above 0, even in a
 * draft, asks for the safety screening at once.
 */
export async function saveMeasureResponse(
  ctx: AppContext,
  userId: string,
  instrumentId: string,
  input: { answers: Record<string, number | null> },
) {
  const instrument = instrumentOf(instrumentId);
  const answers: MeasureAnswerMap = Object.fromEntries(Object.entries(input.answers).filter(([, v]) => v !== null));
  const result = score(instrument, answers);
  const screeningRequired = "item9Positive" in result && result.item9Positive;
  const now = ctx.clock.now();
  const saved = await ctx.database.transaction(async (trx) => {
    const row =
      result.status === "draft"
        ? await upsertMeasureDraft(trx, { userId, instrument, answers, now })
        : await completeMeasureResponse(trx, {
            userId,
            instrument,
            answers,
            total: result.total,
            score: comparedScore(result),
            band: result.band,
            now,
          });
    const requested = screeningRequired ? await requestScreening(ctx, trx, userId, "phq9_item9") : false;
    return { row, requested };
  });
  if (saved.requested) await sendScreeningRequestNotice(ctx, userId);
  return { response: presentMeasureResponse(saved.row), screeningRequired };
}
