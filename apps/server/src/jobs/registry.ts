import { deleteExpiredSessionsJob } from "./definitions/delete-expired-sessions.js";
import { matchingOfferWatchJob } from "./definitions/matching-offer-watch.js";
import { matchingRecommendJob } from "./definitions/matching-recommend.js";
import { matchingRunJob } from "./definitions/matching-run.js";
import { measuresReminderJob } from "./definitions/measures-reminder.js";
import { purgeDeletedAccountsJob } from "./definitions/purge-deleted-accounts.js";
import { rescreeningDueJob } from "./definitions/rescreening-due.js";
import { sendMailJob } from "./definitions/send-mail.js";
import type { JobDefinition } from "./types.js";

/** Every background job the server knows; a definition missing here is never run or accepted. */
export const jobDefinitions: JobDefinition[] = [
  sendMailJob,
  purgeDeletedAccountsJob,
  deleteExpiredSessionsJob,
  rescreeningDueJob,
  measuresReminderJob,
  matchingRunJob,
  matchingRecommendJob,
  matchingOfferWatchJob,
  // relationships module jobs here
  // relationship-activity module jobs here
  // notification delivery jobs here
];
