import { deleteExpiredSessionsJob } from "./definitions/delete-expired-sessions.js";
import { deleteOrphanAttachmentsJob } from "./definitions/delete-orphan-attachments.js";
import { endStaleCallsJob } from "./definitions/end-stale-calls.js";
import { matchingOfferWatchJob } from "./definitions/matching-offer-watch.js";
import { matchingRecommendJob } from "./definitions/matching-recommend.js";
import { matchingRunJob } from "./definitions/matching-run.js";
import { measuresReminderJob } from "./definitions/measures-reminder.js";
import { mentorWaitWatchJob } from "./definitions/mentor-wait-watch.js";
import { notificationEmailsJob } from "./definitions/notification-emails.js";
import { purgeDeletedAccountsJob } from "./definitions/purge-deleted-accounts.js";
import { relationshipInactivityRemindersJob } from "./definitions/relationship-inactivity-reminders.js";
import { relationshipStuckAlertsJob } from "./definitions/relationship-stuck-alerts.js";
import { relationshipsAssessmentPromptJob } from "./definitions/relationships-assessment-prompt.js";
import { relationshipsPhaseSuggestionJob } from "./definitions/relationships-phase-suggestion.js";
import { rescreeningDueJob } from "./definitions/rescreening-due.js";
import { sendMailJob } from "./definitions/send-mail.js";
import type { JobDefinition } from "./types.js";

/** Every background job the server knows; a definition missing here is never run or accepted. */
export const jobDefinitions: JobDefinition[] = [
  sendMailJob,
  purgeDeletedAccountsJob,
  deleteExpiredSessionsJob,
  // messaging: attachments no message carries, calls whose process stopped
  deleteOrphanAttachmentsJob,
  endStaleCallsJob,
  rescreeningDueJob,
  measuresReminderJob,
  matchingRunJob,
  matchingRecommendJob,
  matchingOfferWatchJob,
  // relationships module jobs here
  relationshipsAssessmentPromptJob,
  relationshipsPhaseSuggestionJob,
  // relationship-activity module jobs here
  relationshipInactivityRemindersJob,
  relationshipStuckAlertsJob,
  mentorWaitWatchJob,
  // notification delivery jobs here
  notificationEmailsJob,
];
