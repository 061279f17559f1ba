import { describe, expect, it } from "vitest";
import { suggestPseudonym } from "../features/auth/pseudonym.js";
import { withQuery } from "./api.js";
import { readCookie } from "./cookies.js";
import { safeNext } from "./safe-next.js";

describe("readCookie", () => {
  it("finds one cookie among several and decodes it", () => {
    expect(readCookie("a=1; mv_csrf=abc%3D%3D; b=2", "mv_csrf")).toBe("abc==");
    expect(readCookie("xmv_csrf=nope", "mv_csrf")).toBeUndefined();
    expect(readCookie("", "mv_csrf")).toBeUndefined();
  });
});

describe("safeNext", () => {
  it("allows same-site paths only", () => {
    expect(safeNext("/settings")).toBe("/settings");
    expect(safeNext("/admin/users?role=admin")).toBe("/admin/users?role=admin");
    for (const bad of ["https://evil.test", "//evil.test", "/\\evil.test", "", null, undefined, "settings"]) {
      expect(safeNext(bad)).toBe("/home");
    }
  });

  it("never loops back to the sign-in pages", () => {
    expect(safeNext("/sign-in?next=/home")).toBe("/home");
    expect(safeNext("/sign-up")).toBe("/home");
    expect(safeNext("/sign-insights")).toBe("/sign-insights");
  });
});

describe("withQuery", () => {
  it("drops empty values and encodes the rest", () => {
    expect(withQuery("/api/x", { q: "a b", role: undefined, offset: 0, empty: "", flag: true })).toBe(
      "/api/x?q=a+b&offset=0&flag=true",
    );
    expect(withQuery("/api/x", { q: "" })).toBe("/api/x");
  });
});

describe("suggestPseudonym", () => {
  it("gives a display name the contract accepts, for any random draw", async () => {
    const { DisplayNameSchema } = await import("@mentalverse/shared");
    for (const r of [0, 0.5, 0.999999]) {
      const name = suggestPseudonym(() => r);
      expect(DisplayNameSchema.safeParse(name).success, name).toBe(true);
    }
    expect(suggestPseudonym(() => 0)).toBe("QuietRiver");
  });
});
