import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { E2eeError } from "./errors";
import { generateDeviceKeys, generateRecoveryKey, ready, safetyNumber } from "./index";

beforeAll(ready);

const device = () => {
  const k = generateDeviceKeys();
  return { signPublicKey: k.signPublicKey, boxPublicKey: k.boxPublicKey };
};

describe("safety number", () => {
  it("is 6 groups of 5 digits, stable, and independent of order and repeats", () => {
    const devices = Array.from({ length: 5 }, device);
    const recoveryPublicKeys = [generateRecoveryKey().publicKey, generateRecoveryKey().publicKey];
    const number = safetyNumber({ devices, recoveryPublicKeys });
    expect(number).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(safetyNumber({ devices: [...devices], recoveryPublicKeys: [...recoveryPublicKeys].reverse() })).toBe(number);
    fc.assert(
      fc.property(fc.shuffledSubarray(devices, { minLength: devices.length }), (shuffled) => {
        expect(safetyNumber({ devices: [...shuffled, shuffled[0]!], recoveryPublicKeys })).toBe(number);
      }),
    );
  });

  it("changes when a device is added, removed or replaced", () => {
    const devices = Array.from({ length: 3 }, device);
    const number = safetyNumber({ devices });
    expect(safetyNumber({ devices: [...devices, device()] })).not.toBe(number);
    expect(safetyNumber({ devices: devices.slice(1) })).not.toBe(number);
    expect(safetyNumber({ devices: [device(), ...devices.slice(1)] })).not.toBe(number);
  });

  it("covers the box keys and the recovery keys that conversation keys are sealed to", () => {
    const devices = Array.from({ length: 2 }, device);
    const recovery = generateRecoveryKey().publicKey;
    const number = safetyNumber({ devices, recoveryPublicKeys: [recovery] });
    // Same sign key, another box key: a server-made box key behind a genuine sign key shows.
    const swappedBox = [{ ...devices[0]!, boxPublicKey: device().boxPublicKey }, devices[1]!];
    expect(safetyNumber({ devices: swappedBox, recoveryPublicKeys: [recovery] })).not.toBe(number);
    expect(safetyNumber({ devices, recoveryPublicKeys: [generateRecoveryKey().publicKey] })).not.toBe(number);
    expect(safetyNumber({ devices })).not.toBe(number);
    // A recovery key is not a device: the same bytes in the other role give another number.
    const [a, b] = devices;
    expect(safetyNumber({ devices: [a!], recoveryPublicKeys: [b!.boxPublicKey] })).not.toBe(
      safetyNumber({ devices: [a!, { ...a!, boxPublicKey: b!.boxPublicKey }] }),
    );
  });

  it("pins a known value, so a change of derivation cannot slip by", () => {
    const zero = "A".repeat(43);
    const ones = `${"_".repeat(42)}w`;
    const pairs = [
      { signPublicKey: zero, boxPublicKey: ones },
      { signPublicKey: ones, boxPublicKey: zero },
    ];
    expect(safetyNumber({ devices: pairs, recoveryPublicKeys: [zero] })).toBe(
      safetyNumber({ devices: [...pairs].reverse(), recoveryPublicKeys: [zero] }),
    );
    expect(safetyNumber({ devices: pairs, recoveryPublicKeys: [zero] })).toMatchInlineSnapshot(
      `"03290 04377 59181 59309 35825 74093"`,
    );
  });

  it("refuses an empty set or a malformed key", () => {
    expect(() => safetyNumber({ devices: [] })).toThrow(E2eeError);
    expect(() => safetyNumber({ devices: [{ signPublicKey: "abc", boxPublicKey: device().boxPublicKey }] })).toThrow(
      E2eeError,
    );
    expect(() => safetyNumber({ devices: [device()], recoveryPublicKeys: ["abc"] })).toThrow(E2eeError);
  });
});
