import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config/config.js";
import type { JobQueue, Mailer, MailMessage } from "../../context.js";
import type { Db } from "../../db/database.js";
import { insertMail } from "./mail-repository.js";

export interface MailerDeps {
  config: Config;
  db: Db;
  jobs: JobQueue;
  log: FastifyBaseLogger;
}

/**
 * Every message is written to mail_outbox first. With SMTP_URL it is queued and a `send-mail` job
 * delivers it; without, it stays in the outbox for an administrator to read in the app, so a
 * self-hosted instance without mail can still hand out password-reset links.
 */
export function createMailer(deps: MailerDeps): Mailer {
  const smtp = Boolean(deps.config.SMTP_URL);
  return {
    async send(message: MailMessage, executor?: Db): Promise<void> {
      const row = await insertMail(executor ?? deps.db, { ...message, status: smtp ? "queued" : "outbox" });
      if (!smtp) {
        deps.log.info({ mailId: row.id, subject: message.subject }, "mail kept in the outbox (no SMTP_URL)");
        return;
      }
      // Inside a transaction the job could run before the row commits (and on PGlite the queue
      // cannot even be reached); the send-mail sweep picks such messages up within a minute.
      if (executor?.isTransaction) return;
      try {
        await deps.jobs.send("send-mail", { id: row.id });
      } catch (error) {
        deps.log.warn({ err: error, mailId: row.id }, "could not enqueue send-mail; the sweep will retry");
      }
    },
  };
}
