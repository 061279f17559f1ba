import {
  insertApplication,
  insertApplicationEvent,
} from "../src/modules/mentor-applications/mentor-applications-repository.js";
import type { TestApp } from "./harness.js";

/** Makes `supervisorId` the mentor's supervisor: the "supervises" rule reads who activated the application. */
export async function supervisedBy(t: TestApp, mentorId: string, supervisorId: string): Promise<void> {
  const app = await insertApplication(t.ctx.db, {
    user_id: mentorId,
    status: "active",
    mentor_types: JSON.stringify(["recovery_mentor"]),
    specialisations: JSON.stringify(["anxiety_management"]),
    lived_experience: "x".repeat(60),
    stable_since: new Date("2019-01-01T00:00:00Z"),
    capacity: 3,
    boundaries: "Evenings only, never for crises.",
    mentor_references: JSON.stringify([]),
    status_changed_at: t.clock.now(),
  });
  await insertApplicationEvent(t.ctx.db, {
    application_id: app.id,
    actor_id: supervisorId,
    from_status: "training",
    to_status: "active",
    reason: "Training done",
  });
}
