import type { StoredDevice } from "./keystore.js";
import { useOutbox } from "./use-outbox.js";

/** The part of OutboxRunner that brings the encryption code, loaded only for a device set up here. */
export default function OutboxSender({ device }: { device: StoredDevice }) {
  useOutbox(device);
  return null;
}
