import { AppError, conflict, invalidField } from "../../lib/errors.js";

/**
 * Checks a list of envelopes against who may receive the key: each recipient at most once, none
 * unknown, none already holding an envelope, and (for a new epoch) every one covered. Failures
 * name the field (envelopes[i].deviceId, recoveryEnvelopes[i].userId, or the list).
 */
export function checkCoverage(input: {
  list: "envelopes" | "recoveryEnvelopes";
  key: "deviceId" | "userId";
  given: readonly string[];
  allowed: ReadonlySet<string>;
  /** Recipients that already hold an envelope of this epoch: adding another is refused. */
  sealed?: ReadonlySet<string>;
  /** A new epoch must reach every allowed recipient. */
  mustCoverAll: boolean;
}): void {
  const { list, key, given, allowed } = input;
  const seen = new Set<string>();
  given.forEach((id, i) => {
    const field = `${list}[${i}].${key}`;
    if (seen.has(id)) throw invalidField(field, "listed twice");
    seen.add(id);
    if (!allowed.has(id)) {
      throw invalidField(
        field,
        key === "deviceId"
          ? `${id} is not an active device of a current member`
          : `${id} is not a current member with a recovery key`,
      );
    }
    if (input.sealed?.has(id)) {
      throw conflict("That recipient already has an envelope for this epoch", [
        { field, reason: `${id} already has an envelope` },
      ]);
    }
  });
  if (!input.mustCoverAll) return;
  const missing = [...allowed].filter((id) => !seen.has(id));
  if (missing.length > 0) {
    const what = key === "deviceId" ? "device" : "recovery key of member";
    throw new AppError(422, "unprocessable", "The new key must be sealed to every member device and recovery key", [
      { field: list, reason: `missing ${what} ${missing.join(", ")}` },
    ]);
  }
}

/**
 * Each recovery envelope names the recovery key it was sealed to; it must be the member's current
 * one. A mismatch means the member replaced their key while the sender was sealing (or the sender saw
 * another key than the one stored): 409, so the client refetches and seals again. Run under the
 * conversation's lock, after checkCoverage has made sure every user has a key.
 */
export function checkRecoveryKeysCurrent(
  envelopes: readonly { userId: string; recoveryPublicKey: string }[],
  current: readonly { user_id: string; recovery_public_key: string }[],
): void {
  const keyOf = new Map(current.map((k) => [k.user_id, k.recovery_public_key]));
  envelopes.forEach((e, i) => {
    if (keyOf.get(e.userId) !== e.recoveryPublicKey) {
      throw conflict("That member's recovery key has changed; seal to the current one", [
        { field: `recoveryEnvelopes[${i}].recoveryPublicKey`, reason: "not the member's current recovery key" },
      ]);
    }
  });
}
