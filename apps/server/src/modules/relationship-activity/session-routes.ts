import {
  CancelSessionRequestSchema,
  MentoringSessionListResponseSchema,
  MentoringSessionSchema,
  ProposeSessionRequestSchema,
  RecordAttendanceRequestSchema,
  RelationshipIdParamsSchema,
  RescheduleSessionRequestSchema,
  SavePrivateNoteRequestSchema,
  SaveSummaryRequestSchema,
  SessionParamsSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { cancelSession } from "./cancel-session.js";
import { confirmSession } from "./confirm-session.js";
import { exportSessionCalendar } from "./export-session-calendar.js";
import { getSession, listSessionsOf } from "./list-sessions.js";
import { proposeSession } from "./propose-session.js";
import { recordAttendance } from "./record-attendance.js";
import { rescheduleSession } from "./reschedule-session.js";
import { actorOf, member } from "./route-helpers.js";
import { deletePrivateNote, savePrivateNote } from "./save-private-note.js";
import { saveSummary } from "./save-summary.js";

const tags = ["relationship-sessions"];
const one = { 200: MentoringSessionSchema };
const idsOf = (params: { id: string; sessionId: string }) => ({
  relationshipId: params.id,
  sessionId: params.sessionId,
});

/** Sessions of a pair: proposing, agreeing, attendance, the shared summary and each member's own notes. */
const sessionRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/relationships/:id/sessions",
    {
      config: member,
      schema: {
        tags,
        summary: "Sessions of your relationship, in both members' time zones",
        params: RelationshipIdParamsSchema,
        response: { 200: MentoringSessionListResponseSchema },
      },
    },
    async (request) => listSessionsOf(ctx.db, ctx.clock.now(), callerOf(request).userId, request.params.id),
  );

  app.post(
    "/api/relationships/:id/sessions",
    {
      config: member,
      schema: {
        tags,
        summary: "Suggest a session; the other member confirms it",
        params: RelationshipIdParamsSchema,
        body: ProposeSessionRequestSchema,
        response: { 201: MentoringSessionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeSession(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/relationships/:id/sessions/:sessionId",
    { config: member, schema: { tags, summary: "One session", params: SessionParamsSchema, response: one } },
    async (request) => getSession(ctx.db, ctx.clock.now(), callerOf(request).userId, idsOf(request.params)),
  );

  app.patch(
    "/api/relationships/:id/sessions/:sessionId",
    {
      config: member,
      schema: {
        tags,
        summary: "Change a session before it starts (a new time needs confirming again)",
        params: SessionParamsSchema,
        body: RescheduleSessionRequestSchema,
        response: one,
      },
    },
    async (request) => rescheduleSession(ctx, actorOf(request), idsOf(request.params), request.body),
  );

  app.post(
    "/api/relationships/:id/sessions/:sessionId/confirm",
    {
      config: member,
      schema: { tags, summary: "Agree to the suggested time", params: SessionParamsSchema, response: one },
    },
    async (request) => confirmSession(ctx, actorOf(request), idsOf(request.params)),
  );

  app.post(
    "/api/relationships/:id/sessions/:sessionId/cancel",
    {
      config: member,
      schema: {
        tags,
        summary: "Cancel a session before it starts",
        params: SessionParamsSchema,
        body: CancelSessionRequestSchema,
        response: one,
      },
    },
    async (request) => cancelSession(ctx, actorOf(request), idsOf(request.params), request.body.reason),
  );

  app.put(
    "/api/relationships/:id/sessions/:sessionId/attendance",
    {
      config: member,
      schema: {
        tags,
        summary: "Record whether a member attended or missed the session",
        params: SessionParamsSchema,
        body: RecordAttendanceRequestSchema,
        response: one,
      },
    },
    async (request) => recordAttendance(ctx, actorOf(request), idsOf(request.params), request.body),
  );

  app.put(
    "/api/relationships/:id/sessions/:sessionId/summary",
    {
      config: member,
      schema: {
        tags,
        summary: "Save a new version of the shared summary",
        params: SessionParamsSchema,
        body: SaveSummaryRequestSchema,
        response: one,
      },
    },
    async (request) => saveSummary(ctx, actorOf(request), idsOf(request.params), request.body),
  );

  app.put(
    "/api/relationships/:id/sessions/:sessionId/note",
    {
      config: member,
      schema: {
        tags,
        summary: "Save your private note (only you ever see it)",
        params: SessionParamsSchema,
        body: SavePrivateNoteRequestSchema,
        response: one,
      },
    },
    async (request) => savePrivateNote(ctx, actorOf(request), idsOf(request.params), request.body.text),
  );

  app.delete(
    "/api/relationships/:id/sessions/:sessionId/note",
    {
      config: member,
      schema: { tags, summary: "Delete your private note", params: SessionParamsSchema, response: one },
    },
    async (request) => deletePrivateNote(ctx, actorOf(request), idsOf(request.params)),
  );

  app.get(
    "/api/relationships/:id/sessions/:sessionId/calendar.ics",
    {
      config: member,
      schema: { tags, summary: "The session as an iCalendar (.ics) file", params: SessionParamsSchema },
    },
    async (request, reply) => {
      const { filename, text } = await exportSessionCalendar(ctx, callerOf(request).userId, idsOf(request.params));
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", `attachment; filename="${filename}"`)
        .header("cache-control", "no-store")
        .send(text);
    },
  );
};

export default sessionRoutes;
