import type { Faker } from "@faker-js/faker";
import {
  type ApplyAsMentorRequest,
  type MentorApplicationStatus,
  RECOVERY_MENTOR_MIN_STABLE_MONTHS,
} from "@mentalverse/shared";
import type { AuditEntry } from "../../context.js";
import { monthsBefore } from "../../modules/mentor-applications/stable-months.js";
import { transitionNotice } from "../../modules/mentor-applications/transition-notice.js";
import { checkTransition } from "../../modules/mentor-applications/transitions.js";
import {
  insertDemoApplicationEvents,
  insertDemoApplications,
  insertDemoAuditEvents,
  insertDemoNotifications,
  insertDemoRoles,
  type NewDemoApplicationEvent,
} from "../demo-repository.js";
import { DEMO_REQUEST } from "../demo-services.js";
import type { DemoContext, DemoMentor } from "../demo-step.js";
import { between } from "./member-rows.js";
import { transition } from "./mentor-pipeline.js";

export const TO_ACTIVE: MentorApplicationStatus[] = ["interview", "background_verification", "training", "active"];

export interface Appointment {
  mentor: DemoMentor;
  application: ApplyAsMentorRequest & { stableSinceMonths: number };
  appliedAt: Date;
}

/**
 * The demo mentors' way from application to active mentor, written in bulk with exactly the rows
 * the application and transition services write: the application, its history, the audit events
 * (submitted, each transition, the role change), the mentor role from the supervisor and the
 * applicant's notices. Every step is checked against the pipeline's own rules first.
 */
export async function recordAppointments(
  ctx: DemoContext,
  rng: Faker,
  appointments: Appointment[],
): Promise<Map<string, string>> {
  const supervisor = ctx.community.staff.find((s) => s.roles.includes("supervisor"));
  if (!supervisor) throw new Error("The mentor applications step needs the staff step's supervisor");
  const meta = { ip: DEMO_REQUEST.ip, requestId: DEMO_REQUEST.requestId };
  const ids = await insertDemoApplications(
    ctx.db,
    appointments.map(({ mentor, application: a, appliedAt }) => {
      if (a.mentorTypes.includes("recovery_mentor") && a.stableSinceMonths < RECOVERY_MENTOR_MIN_STABLE_MONTHS) {
        throw new Error(`Demo recovery mentor ${mentor.email} has too little stable time`);
      }
      return {
        user_id: mentor.id,
        status: "active",
        mentor_types: JSON.stringify(a.mentorTypes),
        specialisations: JSON.stringify(a.specialisations),
        lived_experience: a.livedExperience,
        stable_since: monthsBefore(appliedAt, a.stableSinceMonths),
        capacity: a.capacity,
        boundaries: a.boundaries,
        mentor_references: JSON.stringify(a.references),
        created_at: appliedAt,
        status_changed_at: mentor.appointedAt,
      };
    }),
  );
  const events: NewDemoApplicationEvent[] = [];
  const audit: (AuditEntry & { at: Date })[] = [];
  const notices: Parameters<typeof insertDemoNotifications>[1] = [];
  for (const { mentor, application, appliedAt } of appointments) {
    const applicationId = ids.get(mentor.id)!;
    events.push({ application_id: applicationId, at: appliedAt, actor_id: mentor.id, to_status: "applied" });
    audit.push({
      ...meta,
      action: "mentor_application.submitted",
      actorId: mentor.id,
      subjectId: mentor.id,
      details: { applicationId, mentorTypes: application.mentorTypes },
      at: appliedAt,
    });
    const gap = (mentor.appointedAt.getTime() - appliedAt.getTime()) / TO_ACTIVE.length;
    let from: MentorApplicationStatus = "applied";
    for (const [i, to] of TO_ACTIVE.entries()) {
      const at = i === TO_ACTIVE.length - 1 ? mentor.appointedAt : new Date(appliedAt.getTime() + gap * (i + 1));
      const input = transition(rng, to);
      const check = checkTransition(from, to);
      if (!check.allowed) throw new Error(`Demo pipeline cannot go from ${from} to ${to}`);
      events.push({
        application_id: applicationId,
        at,
        actor_id: supervisor.id,
        from_status: from,
        to_status: to,
        reason: input.reason,
        interview_scores: input.interviewScores ? JSON.stringify(input.interviewScores) : null,
        verification: input.verification ? JSON.stringify(input.verification) : null,
      });
      const subject = { ...meta, actorId: supervisor.id, subjectId: mentor.id, at };
      audit.push({
        ...subject,
        action: "mentor_application.transitioned",
        details: { applicationId, from, to, reason: input.reason },
      });
      if (to === "active") {
        audit.push({
          ...subject,
          action: "role.changed",
          details: { added: ["mentor"], removed: [], reason: "mentor application active" },
        });
      }
      const notice = transitionNotice(to);
      if (notice) {
        const readAt = rng.datatype.boolean({ probability: 0.85 }) ? between(rng, at, ctx.now) : null;
        notices.push({
          userId: mentor.id,
          kind: notice.kind,
          title: notice.title,
          body: notice.body,
          link: notice.link ?? null,
          at,
          readAt,
        });
      }
      from = to;
    }
  }
  await insertDemoApplicationEvents(ctx.db, events);
  await insertDemoAuditEvents(ctx.db, audit);
  await insertDemoNotifications(ctx.db, notices);
  await insertDemoRoles(
    ctx.db,
    appointments.map(({ mentor }) => ({
      userId: mentor.id,
      role: "mentor" as const,
      grantedBy: supervisor.id,
      grantedAt: mentor.appointedAt,
    })),
  );
  return ids;
}
