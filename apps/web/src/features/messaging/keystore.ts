import type { DeviceKeyPair } from "@mentalverse/e2ee";

/**
 * This browser's secrets for one member, in IndexedDB only (never localStorage, never the server):
 * the device's private keys, the conversation keys it has opened, the outbox (sends not yet
 * acknowledged, already encrypted: never their text), the other members' devices each conversation
 * last showed (remembered-devices.ts) and the encrypted events kept as evidence (kept-events.ts).
 * One database per member, so someone else signing in on the same browser never reaches them.
 */
export interface StoredDevice {
  deviceId: string;
  userId: string;
  name: string;
  keys: DeviceKeyPair;
}

const DEVICE_STORE = "device";
const KEY_STORE = "conversation-keys";
const OUTBOX_STORE = "outbox";
const SEEN_DEVICES_STORE = "seen-devices";
const KEPT_EVENTS_STORE = "kept-events";
const STORES = [DEVICE_STORE, KEY_STORE, OUTBOX_STORE, SEEN_DEVICES_STORE, KEPT_EVENTS_STORE];
const DEVICE_KEY = "current";
/**
 * 1: device and conversation keys; 2: the outbox; 3: devices last seen and kept events. Upgrading
 * only creates the stores an older version lacks, so whatever it held stays.
 */
const VERSION = 3;

const databaseName = (userId: string) => `mentalverse-messaging-${userId}`;

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

const open = new Map<string, Promise<IDBDatabase>>();
/**
 * Members whose database this tab deleted: a send acknowledged afterwards must not open (and so
 * create) it again before the page reloads. Setting up a device here again clears the mark.
 */
const forgotten = new Set<string>();

function database(userId: string): Promise<IDBDatabase> {
  const existing = open.get(userId);
  if (existing) return existing;
  const request = indexedDB.open(databaseName(userId), VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const store of STORES) {
      if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
    }
  };
  const opening = promised(request).then((db) => {
    // Another tab deleting the database (removing this device) must not be blocked by this one.
    db.onversionchange = () => {
      db.close();
      open.delete(userId);
    };
    return db;
  });
  open.set(userId, opening);
  opening.catch(() => open.delete(userId));
  return opening;
}

async function run<T>(
  userId: string,
  store: string,
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
) {
  const db = await database(userId);
  return promised(act(db.transaction(store, mode).objectStore(store)));
}

/**
 * Whether this browser holds a messaging database for the member, asked without opening it (opening
 * creates it). True where the browser cannot tell, so the caller then opens it as before.
 */
export async function hasMessagingDatabase(userId: string): Promise<boolean> {
  if (forgotten.has(userId)) return false;
  if (typeof indexedDB.databases !== "function") return true;
  const name = databaseName(userId);
  return (await indexedDB.databases()).some((d) => d.name === name);
}

export async function loadDevice(userId: string): Promise<StoredDevice | null> {
  const found = await run<StoredDevice | undefined>(userId, DEVICE_STORE, "readonly", (s) => s.get(DEVICE_KEY));
  return found ?? null;
}

export async function saveDevice(device: StoredDevice): Promise<void> {
  forgotten.delete(device.userId);
  await run(device.userId, DEVICE_STORE, "readwrite", (s) => s.put(device, DEVICE_KEY));
}

const keyId = (conversationId: string, epoch: number) => `${conversationId}/${epoch}`;

/** Every conversation key this device holds for one conversation, by epoch. */
export async function loadConversationKeys(userId: string, conversationId: string): Promise<Map<number, string>> {
  const range = IDBKeyRange.bound(`${conversationId}/`, `${conversationId}/\uffff`);
  const db = await database(userId);
  const store = db.transaction(KEY_STORE, "readonly").objectStore(KEY_STORE);
  const [ids, values] = await Promise.all([
    promised(store.getAllKeys(range)),
    promised(store.getAll(range) as IDBRequest<string[]>),
  ]);
  const keys = new Map<number, string>();
  ids.forEach((id, index) => {
    const epoch = Number(String(id).split("/")[1]);
    const value = values[index];
    if (Number.isInteger(epoch) && value) keys.set(epoch, value);
  });
  return keys;
}

export async function saveConversationKey(userId: string, conversationId: string, epoch: number, key: string) {
  await run(userId, KEY_STORE, "readwrite", (s) => s.put(key, keyId(conversationId, epoch)));
}

/** Everything in the member's outbox, in no particular order (outbox-store.ts orders it). */
export async function loadOutbox(userId: string): Promise<unknown[]> {
  if (forgotten.has(userId)) return [];
  return run<unknown[]>(userId, OUTBOX_STORE, "readonly", (s) => s.getAll());
}

export async function saveOutboxEntry(userId: string, clientId: string, entry: unknown): Promise<void> {
  if (forgotten.has(userId)) return;
  await run(userId, OUTBOX_STORE, "readwrite", (s) => s.put(entry, clientId));
}

export async function deleteOutboxEntry(userId: string, clientId: string): Promise<void> {
  if (forgotten.has(userId)) return;
  await run(userId, OUTBOX_STORE, "readwrite", (s) => s.delete(clientId));
}

/** The other members' devices this conversation last showed here (remembered-devices.ts reads it). */
export async function loadSeenDevices(userId: string, conversationId: string): Promise<unknown> {
  if (forgotten.has(userId)) return null;
  return (await run<unknown>(userId, SEEN_DEVICES_STORE, "readonly", (s) => s.get(conversationId))) ?? null;
}

export async function saveSeenDevices(userId: string, conversationId: string, seen: unknown): Promise<void> {
  if (forgotten.has(userId)) return;
  await run(userId, SEEN_DEVICES_STORE, "readwrite", (s) => s.put(seen, conversationId));
}

// Kept events are keyed [conversationId, seq], so one conversation's are a single range.
const keptRange = (conversationId: string) =>
  IDBKeyRange.bound([conversationId, Number.NEGATIVE_INFINITY], [conversationId, Number.POSITIVE_INFINITY]);

/** The encrypted events kept for one conversation (kept-events.ts checks and orders them). */
export async function loadKeptEvents(userId: string, conversationId: string): Promise<unknown[]> {
  if (forgotten.has(userId)) return [];
  return run<unknown[]>(userId, KEPT_EVENTS_STORE, "readonly", (s) => s.getAll(keptRange(conversationId)));
}

export async function saveKeptEvent(userId: string, conversationId: string, seq: number, event: unknown) {
  if (forgotten.has(userId)) return;
  await run(userId, KEPT_EVENTS_STORE, "readwrite", (s) => s.put(event, [conversationId, seq]));
}

export async function deleteKeptEvents(userId: string, conversationId: string, seqs: readonly number[]) {
  if (forgotten.has(userId) || seqs.length === 0) return;
  const db = await database(userId);
  const transaction = db.transaction(KEPT_EVENTS_STORE, "readwrite");
  const store = transaction.objectStore(KEPT_EVENTS_STORE);
  for (const seq of seqs) store.delete([conversationId, seq]);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

/**
 * Forgets everything this browser holds for the member (after revoking this device, or on request):
 * keys, outbox, devices last seen and kept events alike, since they share the one database.
 */
export async function forgetMessaging(userId: string): Promise<void> {
  forgotten.add(userId);
  const db = await open.get(userId)?.catch(() => null);
  db?.close();
  open.delete(userId);
  await promised(indexedDB.deleteDatabase(databaseName(userId)) as IDBRequest<unknown>).catch(() => undefined);
}
