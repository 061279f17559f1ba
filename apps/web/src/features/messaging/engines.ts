import type { RealtimeSocket } from "../../lib/socket.js";
import { ConversationEngine } from "./engine.js";
import type { StoredDevice } from "./keystore.js";
import { byConversation, indexedDbOutbox } from "./outbox-store.js";

/**
 * Engines outlive the page while they still have something to send, so leaving a conversation
 * with a message "Sending…" does not lose it; coming back shows it and the engine catches up.
 */
const engines = new Map<string, { engine: ConversationEngine; users: number }>();
const engineId = (device: StoredDevice, conversationId: string) => `${device.deviceId}/${conversationId}`;

/**
 * Each member's sockets lent by the outbox runners (newest last), so an engine whose conversation is
 * not on screen still sends: by member, so one member's sends never go over another's connection.
 */
const lent = new Map<string, RealtimeSocket[]>();

function backgroundSocket(userId: string): RealtimeSocket | null {
  const sockets = lent.get(userId) ?? [];
  return sockets.findLast((s) => s.connected) ?? sockets.at(-1) ?? null;
}

/** Lends the member's socket to their engines; returns the way to take it back. */
export function lendSocket(userId: string, socket: RealtimeSocket): () => void {
  lent.set(userId, [...(lent.get(userId) ?? []), socket]);
  return () => {
    const sockets = [...(lent.get(userId) ?? [])];
    const at = sockets.lastIndexOf(socket);
    if (at >= 0) sockets.splice(at, 1);
    if (sockets.length > 0) lent.set(userId, sockets);
    else lent.delete(userId);
  };
}

export function engineFor(device: StoredDevice, conversationId: string): ConversationEngine {
  const id = engineId(device, conversationId);
  let entry = engines.get(id);
  if (!entry) {
    const engine = new ConversationEngine(conversationId, device, {
      backgroundSocket: () => backgroundSocket(device.userId),
    });
    entry = { engine, users: 0 };
    engines.set(id, entry);
  }
  return entry.engine;
}

export function retain(engine: ConversationEngine, device: StoredDevice) {
  const id = engineId(device, engine.conversationId);
  const entry = engines.get(id);
  if (entry?.engine === engine) entry.users += 1;
  else engines.set(id, { engine, users: 1 });
}

export function release(engine: ConversationEngine, device: StoredDevice) {
  const id = engineId(device, engine.conversationId);
  const entry = engines.get(id);
  if (entry?.engine !== engine) return;
  entry.users -= 1;
  // A tick later, so a remount (StrictMode, a quick back-and-forth) keeps the same engine.
  setTimeout(() => {
    if (entry.users <= 0 && !engine.hasPending() && engines.get(id) === entry) engines.delete(id);
  }, 0);
}

/** The device's engines that still have something to send. */
export function sendingEngines(device: StoredDevice): ConversationEngine[] {
  const prefix = `${device.deviceId}/`;
  return [...engines].flatMap(([id, { engine }]) => (id.startsWith(prefix) && engine.hasPending() ? [engine] : []));
}

const restored = new Map<string, Promise<void>>();

/**
 * Once per device and page: the sends the outbox kept from an earlier page go to their
 * conversations' engines, which load those conversations and send them in order, on screen or not.
 */
export function restoreOutbox(device: StoredDevice): Promise<void> {
  const running = restored.get(device.deviceId);
  if (running) return running;
  const run = onlyInOneTab(`mentalverse-outbox-${device.userId}`, async () => {
    const entries = await indexedDbOutbox(device.userId).all();
    for (const [conversationId, waiting] of byConversation(entries)) {
      engineFor(device, conversationId).restore(waiting);
    }
  }).catch(() => {
    restored.delete(device.deviceId);
  });
  restored.set(device.deviceId, run);
  return run;
}

/**
 * With several tabs open, only one reads the outbox back: it holds the lock while it lives and the
 * next tab takes over when it closes, so no tab sends, or gives up on, what another is still sending.
 * Web Locks exist only in secure contexts: without them every tab reads it back, and the server's
 * answer to a repeated clientId keeps that from storing anything twice.
 */
function onlyInOneTab(name: string, act: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return act();
  return new Promise<void>((resolve, reject) => {
    locks
      .request(name, async () => {
        try {
          await act();
          resolve();
        } catch (error) {
          reject(error);
          return;
        }
        await new Promise(() => undefined);
      })
      .catch(reject);
  });
}
