import { PassphraseWrapSchema } from "@mentalverse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { E2eeError, RecoveryKeyError, WrongPassphraseError } from "./errors";
import { generateRecoveryKey, ready } from "./index";
import { PASSPHRASE_MEM_LIMIT, unwrapRecoveryWithPassphrase, wrapRecoveryWithPassphrase } from "./passphrase-wrap";

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

  it("uses Argon2id with opsLimit 3 and 64 MiB by default", () => {
    const recovery = generateRecoveryKey();
    const wrap = wrapRecoveryWithPassphrase(recovery.display, "default cost");
    expect(wrap).toMatchObject({ opsLimit: 3, memLimit: PASSPHRASE_MEM_LIMIT });
    expect(PASSPHRASE_MEM_LIMIT).toBe(64 * 1024 * 1024);
    expect(unwrapRecoveryWithPassphrase(wrap, "default cost")).toBe(recovery.display);
  }, 30_000);
});
