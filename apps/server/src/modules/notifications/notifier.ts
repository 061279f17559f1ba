import type { Notification, ServerToClientEvents } from "@mentalverse/shared";
import type { Notifier, RealtimeHub } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { categoryOf } from "./categories.js";
import type { EmailChannel } from "./email-channel.js";
import { loadChannelChoice } from "./member-preferences.js";
import { insertNotification } from "./notifications-repository.js";
import { presentNotification } from "./presenter.js";

export interface NotifierDeps {
  db: Db;
  clock: Clock;
  realtime: RealtimeHub;
  /** Without it notifications stay in the app: the demo seed, whose members' addresses are made up. */
  email?: EmailChannel;
}

const NEW_NOTIFICATION: keyof ServerToClientEvents = "notification:new";

/**
 * The one place every notification passes, so each module just calls notify() and the member's
 * choices apply: the kind's category decides whether it is stored and pushed to the member's open
 * browsers (safety-critical ones always are) and whether an email says something is waiting (held
 * back in quiet hours). Call it after the transaction that caused it has committed.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  return {
    async notify(userId, input) {
      const link = input.link ?? null;
      // The web app renders links as in-app navigation; anything else would be a way out of the site.
      if (link !== null && (!link.startsWith("/") || link.startsWith("//"))) {
        throw new Error(`Notification links must be paths inside the app, got ${JSON.stringify(link)}`);
      }
      const category = categoryOf(input.kind);
      const choice = await loadChannelChoice(deps.db, userId, category);
      let notificationId: string | null = null;
      if (choice.inApp) {
        const row = await insertNotification(deps.db, { ...input, link, userId, createdAt: deps.clock.now() });
        const notification: Notification = presentNotification(row);
        deps.realtime.emitToUser(userId, NEW_NOTIFICATION, notification);
        notificationId = row.id;
      }
      if (choice.email && deps.email) await deps.email.send(userId, category, notificationId, link);
    },
  };
}
