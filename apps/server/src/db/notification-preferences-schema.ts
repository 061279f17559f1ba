import type { ColumnType, Generated } from "kysely";

/**
 * Typed tables of the notifications module's preferences (migration 2026_11_27_1220): choices per
 * category (rows only where changed from the default), quiet hours, and emails held back by them.
 * Merged into schema.ts's Database.
 */
type Timestamp = ColumnType<Date, Date, Date>;

export interface NotificationSettingsTable {
  user_id: string;
  quiet_hours_enabled: boolean;
  quiet_start_minute: number;
  quiet_end_minute: number;
  time_zone: string | null;
  updated_at: Timestamp;
}

export interface NotificationCategorySettingsTable {
  user_id: string;
  category: string;
  in_app: boolean;
  email: boolean;
  updated_at: Timestamp;
}

export interface DeferredNotificationEmailsTable {
  id: Generated<string>;
  user_id: string;
  notification_id: string | null;
  category: string;
  link: string | null;
  send_after: Timestamp;
  created_at: Timestamp;
}

export interface NotificationPreferencesTables {
  notification_settings: NotificationSettingsTable;
  notification_category_settings: NotificationCategorySettingsTable;
  deferred_notification_emails: DeferredNotificationEmailsTable;
}
