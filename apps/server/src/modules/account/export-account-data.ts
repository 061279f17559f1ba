import type { AccountExport } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import type { Caller } from "../../http/types.js";
import { unauthenticated } from "../../lib/errors.js";
import { listMailTo } from "../mail/mail-repository.js";
import { getMyOptions } from "../matching/get-my-options.js";
import { listBlocks } from "../matching/list-blocks.js";
import { listMyOffers } from "../matching/list-my-offers.js";
import { listMyRelationships } from "../matching/list-my-relationships.js";
import { getMeasureHistory } from "../measures/get-measure-history.js";
import { getMyApplication } from "../mentor-applications/get-my-application.js";
import { exportNotificationPreferences } from "../notifications/export-preferences.js";
import { getOnboarding } from "../onboarding/get-onboarding.js";
import { getProfile } from "../profiles/get-profile.js";
import { presentOwnProfile } from "../profiles/presenter.js";
import { listMyScreenings } from "../screening/list-my-screenings.js";
import { findUserById } from "../users/user-repository.js";
import { listAuditEventsAbout, listNotificationsOf, listRoleGrants, listSessionsOf } from "./account-repository.js";
import {
  presentActivity,
  presentMail,
  presentNotification,
  presentProfile,
  presentRoleGrant,
  presentSession,
} from "./export-presenter.js";
import { exportRelationships } from "./export-relationships.js";

/**
 * Gathers everything held about the caller into one document. The export is audited before it is
 * handed over, so there is never an export without a record of it.
 */
export async function exportAccountData(
  ctx: AppContext,
  caller: Caller,
  meta: RequestMeta,
): Promise<{ data: AccountExport; filename: string }> {
  const now = ctx.clock.now();
  // Read before the transaction: these services take the database, not a transaction executor.
  const memberData = {
    onboarding: await getOnboarding(ctx.db, caller.userId),
    matchingProfile: presentOwnProfile(await getProfile(ctx.db, caller.userId)),
    mentorApplication: (await getMyApplication(ctx.db, caller.userId)).application,
    screenings: (await listMyScreenings(ctx, caller.userId)).screenings,
    measures: await getMeasureHistory(ctx, caller.userId),
    relationships: await exportRelationships(ctx, caller.userId),
    matching: {
      options: await getMyOptions(ctx.db, caller.userId),
      offers: (await listMyOffers(ctx.db, caller.userId)).offers,
      relationships: (await listMyRelationships(ctx.db, caller.userId)).relationships,
      blocks: await listBlocks(ctx.db, caller.userId),
    },
  };
  const data = await ctx.database.transaction(async (trx): Promise<AccountExport> => {
    const user = await findUserById(trx, caller.userId);
    if (!user) throw unauthenticated();
    const [roles, sessions, notifications, events, mail] = [
      await listRoleGrants(trx, user.id),
      await listSessionsOf(trx, user.id),
      await listNotificationsOf(trx, user.id),
      await listAuditEventsAbout(trx, user.id),
      await listMailTo(trx, user.email),
    ];
    await ctx.audit.record(
      { action: "account.exported", actorId: user.id, subjectId: user.id, ip: meta.ip, requestId: meta.requestId },
      trx,
    );
    return {
      format: "mentalverse-account-export/1",
      exportedAt: now.toISOString(),
      profile: presentProfile(user),
      roles: roles.map(presentRoleGrant),
      sessions: sessions.map((s) => presentSession(s, caller.sessionId)),
      notifications: notifications.map(presentNotification),
      notificationPreferences: await exportNotificationPreferences(trx, user.id),
      activity: events.map((e) => presentActivity(e, user.id)),
      mail: mail.map(presentMail),
      ...memberData,
    };
  });
  return { data, filename: `mentalverse-export-${now.toISOString().slice(0, 10)}.json` };
}
