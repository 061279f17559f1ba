import {
  type CssrsAnswers,
  comparedScore,
  type QuestionnaireId,
  routeCssrs,
  scoreQuestionnaire,
} from "@mentalverse/measures";
import type { CssrsAnswersInput } from "@mentalverse/shared";
import { SCREENING_REQUEST_NOTICE } from "../../modules/screening/request-screening.js";
import { answeredOnly } from "../../modules/screening/save-screening-draft.js";
import {
  type DemoMeasureRow,
  type DemoScreeningRow,
  insertDemoAuditEvents,
  insertDemoMeasures,
  insertDemoNotifications,
  insertDemoScreeningRequests,
  insertDemoScreenings,
} from "../demo-repository.js";
import { DEMO_REQUEST } from "../demo-services.js";
import type { DemoContext } from "../demo-step.js";
import { chunks } from "./member-rows.js";

/**
 * The everyday check-ins of a few hundred members, written in bulk at the end: each questionnaire
 * scored and banded by the measures library and each screening routed by the C-SSRS rules, exactly
 * as the services do, with the screening's audit event and the PHQ-9 item 9 request and notice.
 * Screenings that reach the safety team never come through here; they go through the services.
 */
export class CheckInBatch {
  private readonly measures: DemoMeasureRow[] = [];
  private readonly screenings: DemoScreeningRow[] = [];
  private readonly requests: { userId: string; createdAt: Date; fulfilledAt: Date | null }[] = [];

  /** Scores a complete questionnaire; returns whether it asks for a safety screening (PHQ-9 item 9 above 0). */
  measure(userId: string, instrument: QuestionnaireId, answers: Record<string, number>, at: Date): boolean {
    const result = scoreQuestionnaire(instrument, answers);
    if (result.status === "draft") throw new Error(`Demo ${instrument} answers are incomplete`);
    this.measures.push({
      userId,
      instrument,
      answers,
      total: result.total,
      score: comparedScore(result),
      band: result.band,
      at,
    });
    return "item9Positive" in result && result.item9Positive;
  }

  screening(member: { id: string; country: string }, input: CssrsAnswersInput, startedAt: Date, completedAt: Date) {
    const answers = answeredOnly(input);
    const routed = routeCssrs(answers as CssrsAnswers);
    if (routed.status === "draft") throw new Error("Demo screening answers are incomplete");
    if (routed.actions.openSafetyCase) throw new Error("Screenings that open a safety case go through the services");
    this.screenings.push({
      userId: member.id,
      answers,
      risk: routed.risk,
      reasons: routed.reasons,
      country: member.country || null,
      startedAt,
      completedAt,
    });
  }

  /** The screening request a PHQ-9 item 9 opened, and when the member answered it. */
  request(userId: string, createdAt: Date, fulfilledAt: Date | null): void {
    this.requests.push({ userId, createdAt, fulfilledAt });
  }

  async flush(ctx: DemoContext): Promise<void> {
    for (const rows of chunks(this.measures, 250)) await insertDemoMeasures(ctx.db, rows);
    for (const rows of chunks(this.screenings, 200)) {
      const saved = await insertDemoScreenings(ctx.db, rows);
      await insertDemoAuditEvents(
        ctx.db,
        saved.map((s) => ({
          action: "screening.submitted",
          actorId: s.userId,
          subjectId: s.userId,
          ip: DEMO_REQUEST.ip,
          requestId: DEMO_REQUEST.requestId,
          details: { screeningId: s.id, level: s.risk },
          at: s.completedAt,
        })),
      );
    }
    for (const rows of chunks(this.requests, 200)) {
      await insertDemoScreeningRequests(ctx.db, rows);
      await insertDemoNotifications(
        ctx.db,
        rows.map((r) => ({ userId: r.userId, ...SCREENING_REQUEST_NOTICE, at: r.createdAt, readAt: r.fulfilledAt })),
      );
    }
  }
}
