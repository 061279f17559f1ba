import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { E2eeError } from "./errors";
import { generateDeviceKeys, ready, safetyNumber } from "./index";

beforeAll(ready);

describe("safety number", () => {
  it("is 6 groups of 5 digits, stable, and independent of order and repeats", () => {
    const keys = Array.from({ length: 5 }, () => generateDeviceKeys().signPublicKey);
    const number = safetyNumber(keys);
    expect(number).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(safetyNumber([...keys])).toBe(number);
    fc.assert(
      fc.property(fc.shuffledSubarray(keys, { minLength: keys.length }), (shuffled) => {
        expect(safetyNumber([...shuffled, shuffled[0]!])).toBe(number);
      }),
    );
  });

  it("changes when a device is added, removed or replaced", () => {
    const keys = Array.from({ length: 3 }, () => generateDeviceKeys().signPublicKey);
    const number = safetyNumber(keys);
    expect(safetyNumber([...keys, generateDeviceKeys().signPublicKey])).not.toBe(number);
    expect(safetyNumber(keys.slice(1))).not.toBe(number);
    expect(safetyNumber([generateDeviceKeys().signPublicKey, ...keys.slice(1)])).not.toBe(number);
  });

  it("pins a known value, so a change of derivation cannot slip by", () => {
    const zero = "A".repeat(43);
    const ones = `${"_".repeat(42)}w`;
    expect(safetyNumber([zero, ones])).toBe(safetyNumber([ones, zero]));
    expect(safetyNumber([zero, ones])).toMatchInlineSnapshot(`"78154 28135 47060 75360 79617 45967"`);
  });

  it("refuses an empty set or a malformed key", () => {
    expect(() => safetyNumber([])).toThrow(E2eeError);
    expect(() => safetyNumber(["abc"])).toThrow(E2eeError);
  });
});
