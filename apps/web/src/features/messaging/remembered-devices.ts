import type { ConversationDetail } from "@mentalverse/shared";
import {
  compareSnapshots,
  type DeviceNotes,
  type DeviceSnapshot,
  DeviceSnapshotSchema,
  memberNames,
  snapshotOf,
} from "./device-changes.js";
import { loadSeenDevices, saveSeenDevices } from "./keystore.js";

/** Where the devices last seen live: the member's IndexedDB database in the browser, a Map in tests. */
export interface SeenDevicesStore {
  load(conversationId: string): Promise<unknown>;
  save(conversationId: string, snapshot: DeviceSnapshot): Promise<void>;
}

/** Per conversation, in the member's IndexedDB database (keystore.ts), deleted with the rest of it. */
export function indexedDbSeenDevices(userId: string): SeenDevicesStore {
  return {
    load: (conversationId) => loadSeenDevices(userId, conversationId),
    save: (conversationId, snapshot) => saveSeenDevices(userId, conversationId, snapshot),
  };
}

/**
 * The other members' devices this conversation showed on the member's last visit from this device,
 * so a device the server added (or a key it changed) while the member was away is announced when they
 * come back, not only while the page is open. The new list is remembered only once the notices were
 * on screen: an engine that loads a conversation in the background (to send its outbox) compares but
 * does not remember, so the change is still told when the member opens it.
 */
export class RememberedDevices {
  private remembered: DeviceSnapshot | null = null;
  private loading: Promise<void> | null = null;
  private loaded = false;
  private compared = false;
  /** JSON of what the store holds, so an unchanged list is not written again. */
  private saved: string | null = null;

  constructor(
    private readonly conversationId: string,
    private readonly myId: string,
    private readonly store: SeenDevicesStore,
  ) {}

  /** Never fails: a list that cannot be read (or another version wrote) counts as a first visit. */
  load(): Promise<void> {
    this.loading ??= this.store
      .load(this.conversationId)
      .then((raw) => {
        const parsed = DeviceSnapshotSchema.safeParse(raw);
        this.remembered = parsed.success ? parsed.data : null;
        this.saved = parsed.success ? JSON.stringify(parsed.data) : null;
      })
      .catch(() => undefined)
      .finally(() => {
        this.loaded = true;
      });
    return this.loading;
  }

  /**
   * What changed since the last visit, once per page (the first view after loading; later views are
   * compared live). Null before the remembered list is read, and after: the caller compares live then.
   */
  sinceLastVisit(detail: ConversationDetail): DeviceNotes | null {
    if (!this.loaded || this.compared) return null;
    this.compared = true;
    return compareSnapshots(this.remembered, snapshotOf(detail, this.myId), memberNames(detail), "away");
  }

  /** The member has seen this view's notices: remember its devices for the next visit. */
  async shown(detail: ConversationDetail): Promise<void> {
    if (!this.compared) return;
    const snapshot = snapshotOf(detail, this.myId);
    const json = JSON.stringify(snapshot);
    if (json === this.saved) return;
    this.saved = json;
    this.remembered = snapshot;
    await this.store.save(this.conversationId, snapshot).catch(() => {
      // Not remembered: the next visit compares with the older list and tells these changes again.
      if (this.saved === json) this.saved = null;
    });
  }
}
