import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { base32Decode, base32Encode, CROCKFORD_ALPHABET } from "./base32";
import { RecoveryKeyError } from "./errors";
import { generateConversationKey, openSealedKey, ready, sealKey } from "./index";
import { generateRecoveryKey, recoveryFromDisplay } from "./recovery-key";

beforeAll(ready);

describe("recovery key", () => {
  it("is shown as 55 base32 characters in groups of 4 and parses back to the same keys", () => {
    const key = generateRecoveryKey();
    expect(key.display).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(recoveryFromDisplay(key.display)).toEqual(key);
    expect(generateRecoveryKey().display).not.toBe(key.display);
  });

  it("forgives lower case, spaces, missing dashes and O/I/L look-alikes", () => {
    const key = generateRecoveryKey();
    const compact = key.display.replaceAll("-", "");
    expect(recoveryFromDisplay(compact.toLowerCase()).publicKey).toBe(key.publicKey);
    expect(recoveryFromDisplay(` ${key.display.replaceAll("-", " ")}\n`).publicKey).toBe(key.publicKey);
    expect(recoveryFromDisplay(compact.replaceAll("0", "o").replaceAll("1", "l")).publicKey).toBe(key.publicKey);
  });

  it("rejects every single-character typo and every swap of neighbouring characters", () => {
    for (let round = 0; round < 5; round++) {
      const compact = generateRecoveryKey().display.replaceAll("-", "");
      for (let i = 0; i < compact.length; i++) {
        for (const c of CROCKFORD_ALPHABET) {
          if (c === compact[i]) continue;
          const typo = compact.slice(0, i) + c + compact.slice(i + 1);
          expect(() => recoveryFromDisplay(typo), `${i}:${c}`).toThrow(RecoveryKeyError);
        }
        if (i + 1 < compact.length && compact[i] !== compact[i + 1]) {
          const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
          expect(() => recoveryFromDisplay(swapped)).toThrow(RecoveryKeyError);
        }
      }
    }
  });

  it("rejects a missing or extra character and characters outside the alphabet", () => {
    const compact = generateRecoveryKey().display.replaceAll("-", "");
    expect(() => recoveryFromDisplay(compact.slice(1))).toThrow(RecoveryKeyError);
    expect(() => recoveryFromDisplay(`${compact}0`)).toThrow(RecoveryKeyError);
    expect(() => recoveryFromDisplay(`U${compact.slice(1)}`)).toThrow(RecoveryKeyError);
    expect(() => recoveryFromDisplay("")).toThrow(RecoveryKeyError);
  });

  it("its key pair opens conversation keys sealed to its public key", () => {
    const recovery = generateRecoveryKey();
    const restored = recoveryFromDisplay(recovery.display);
    const conversationKey = generateConversationKey();
    const sealed = sealKey(conversationKey, recovery.publicKey);
    expect(openSealedKey(sealed, restored.publicKey, restored.secretKey)).toBe(conversationKey);
  });
});

describe("base32", () => {
  it("round-trips any bytes and refuses non-zero padding bits", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base32Decode(base32Encode(bytes), bytes.length)).toEqual(bytes);
      }),
    );
    // 1 byte = 2 characters with 2 padding bits: "0Z" sets them.
    expect(base32Decode("00", 1)).toEqual(new Uint8Array([0]));
    expect(base32Decode("0Z", 1)).toBeNull();
  });
});
