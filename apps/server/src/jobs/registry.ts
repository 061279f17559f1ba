import { deleteExpiredSessionsJob } from "./definitions/delete-expired-sessions.js";
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
];
