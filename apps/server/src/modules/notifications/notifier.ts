import type { Notification, ServerToClientEvents } from "@mentalverse/shared";
import type { Notifier, RealtimeHub } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { insertNotification } from "./notifications-repository.js";
import { presentNotification } from "./presenter.js";

export interface NotifierDeps {
  db: Db;
  clock: Clock;
  realtime: RealtimeHub;
}

const NEW_NOTIFICATION: keyof ServerToClientEvents = "notification:new";

/**
 * Stores the notification first, so a member who is offline finds it later, then pushes it to any
 * browser they have open. Call it after the transaction that caused it has committed.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  return {
    async notify(userId, input) {
      const link = input.link ?? null;
      // The web app renders links as in-app navigation; anything else would be a way out of the site.
      if (link !== null && (!link.startsWith("/") || link.startsWith("//"))) {
        throw new Error(`Notification links must be paths inside the app, got ${JSON.stringify(link)}`);
      }
      const row = await insertNotification(deps.db, { ...input, link, userId, createdAt: deps.clock.now() });
      const notification: Notification = presentNotification(row);
      deps.realtime.emitToUser(userId, NEW_NOTIFICATION, notification);
    },
  };
}
