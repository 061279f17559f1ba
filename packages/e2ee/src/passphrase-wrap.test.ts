import { NewPassphraseWrapSchema, PassphraseWrapSchema } from "@mentalverse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { E2eeError, RecoveryKeyError, WrongPassphraseError } from "./errors";
import { generateRecoveryKey, ready } from "./index";
import {
  PASSPHRASE_MEM_LIMIT,
  PASSPHRASE_OPS_LIMIT,
  unwrapRecoveryWithPassphrase,
  wrapRecoveryWithPassphrase,
} from "./passphrase-wrap";

beforeAll(ready);

// The schema's minimum memory, so the tests stay fast; the default is checked once below.
const fast = { opsLimit: 1, memLimit: 8 * 1024 * 1024 };

describe("passphrase wrap", () => {
  it("round-trips the recovery key and fits the shared schema", () => {
    const recovery = generateRecoveryKey();
    const wrap = wrapRecoveryWithPassphrase(recovery.display.toLowerCase(), "correct horse battery staple", fast);
    expect(PassphraseWrapSchema.parse(wrap)).toEqual(wrap);
    expect(wrap).toMatchObject(fast);
    expect(unwrapRecoveryWithPassphrase(wrap, "correct horse battery staple")).toBe(recovery.display);
  });

  it("refuses a wrong passphrase and an altered wrap", () => {
    const wrap = wrapRecoveryWithPassphrase(generateRecoveryKey().display, "right passphrase", fast);
    expect(() => unwrapRecoveryWithPassphrase(wrap, "wrong passphrase")).toThrow(WrongPassphraseError);
    expect(() => unwrapRecoveryWithPassphrase(wrap, "Right passphrase")).toThrow(WrongPassphraseError);
    const otherSalt = wrapRecoveryWithPassphrase(generateRecoveryKey().display, "x", fast).salt;
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, salt: otherSalt }, "right passphrase")).toThrow(
      WrongPassphraseError,
    );
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, opsLimit: 2 }, "right passphrase")).toThrow(
      WrongPassphraseError,
    );
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, nonce: "short" }, "right passphrase")).toThrow(
      RecoveryKeyError,
    );
  });

  it("treats composed and decomposed Unicode passphrases alike", () => {
    const recovery = generateRecoveryKey();
    const wrap = wrapRecoveryWithPassphrase(recovery.display, "caf\u00e9 au lait", fast);
    expect(unwrapRecoveryWithPassphrase(wrap, "cafe\u0301 au lait")).toBe(recovery.display);
  });

  it("never goes below the schema's minimums, nor wraps a mistyped recovery key or an empty passphrase", () => {
    const display = generateRecoveryKey().display;
    expect(() => wrapRecoveryWithPassphrase(display, "p", { memLimit: 1024 * 1024 })).toThrow(E2eeError);
    expect(() => wrapRecoveryWithPassphrase(display, "p", { opsLimit: 0, memLimit: fast.memLimit })).toThrow(E2eeError);
    expect(() => wrapRecoveryWithPassphrase(display, "", fast)).toThrow(E2eeError);
    expect(() => wrapRecoveryWithPassphrase(`${display.slice(0, -1)}Z`, "p", fast)).toThrow(RecoveryKeyError);
    const wrap = wrapRecoveryWithPassphrase(display, "p", fast);
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, memLimit: 1024 }, "p")).toThrow(RecoveryKeyError);
  });

  it("refuses, before running Argon2id, a wrap dearer than a phone can bear", () => {
    const wrap = wrapRecoveryWithPassphrase(generateRecoveryKey().display, "p", fast);
    // Each of these would take seconds to minutes (or gigabytes) if it ran: the test returning at once shows it does not.
    const started = Date.now();
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, opsLimit: 11 }, "p")).toThrow(RecoveryKeyError);
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, memLimit: 256 * 1024 * 1024 + 1024 }, "p")).toThrow(
      RecoveryKeyError,
    );
    expect(() => unwrapRecoveryWithPassphrase({ ...wrap, memLimit: 1024 * 1024 * 1024, opsLimit: 20 }, "p")).toThrow(
      RecoveryKeyError,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(() => wrapRecoveryWithPassphrase(generateRecoveryKey().display, "p", { opsLimit: 11 })).toThrow(E2eeError);
  });

  it("makes by default a wrap the server accepts for a new recovery key", () => {
    expect(PASSPHRASE_OPS_LIMIT).toBe(3);
    expect(
      NewPassphraseWrapSchema.safeParse({ ...wrapRecoveryWithPassphrase(generateRecoveryKey().display, "p", fast) })
        .success,
    ).toBe(false);
    const defaults = {
      salt: "A".repeat(22),
      nonce: "A".repeat(32),
      ciphertext: "A".repeat(64),
      opsLimit: PASSPHRASE_OPS_LIMIT,
      memLimit: PASSPHRASE_MEM_LIMIT,
    };
    expect(NewPassphraseWrapSchema.safeParse(defaults).success).toBe(true);
  });

  it("uses Argon2id with opsLimit 3 and 64 MiB by default", () => {
    const recovery = generateRecoveryKey();
    const wrap = wrapRecoveryWithPassphrase(recovery.display, "default cost");
    expect(wrap).toMatchObject({ opsLimit: 3, memLimit: PASSPHRASE_MEM_LIMIT });
    expect(PASSPHRASE_MEM_LIMIT).toBe(64 * 1024 * 1024);
    expect(unwrapRecoveryWithPassphrase(wrap, "default cost")).toBe(recovery.display);
  }, 30_000);
});
