import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.js";
import { originAllowed, presentedToken } from "./handshake.js";

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("presentedToken", () => {
  it("prefers an explicit token, then the session cookie, and ignores anything else", () => {
    expect(presentedToken({ token: "abc" }, "mv_session=fromcookie")).toBe("abc");
    expect(presentedToken({}, "theme=dark; mv_session=fromcookie")).toBe("fromcookie");
    expect(presentedToken({ token: 42 }, "mv_session=fromcookie")).toBe("fromcookie");
    expect(presentedToken({ token: "" }, undefined)).toBeUndefined();
    expect(presentedToken(null, "other=1")).toBeUndefined();
    expect(presentedToken("garbage", undefined)).toBeUndefined();
    expect(presentedToken({}, "xmv_session=no; mv_session=%E0%A4%A")).toBeUndefined();
    expect(presentedToken({}, 'mv_session="quoted"')).toBe("quoted");
  });
});

describe("originAllowed", () => {
  const config = loadConfig({ PUBLIC_URL: "https://peers.example.org" });

  it("lets non-browser clients (no Origin) through to authentication", () => {
    expect(originAllowed(request({ host: "peers.example.org" }), config)).toBe(true);
  });

  it("accepts the public origin and the host the request was sent to", () => {
    expect(originAllowed(request({ origin: "https://peers.example.org", host: "10.0.0.5:3000" }), config)).toBe(true);
    expect(originAllowed(request({ origin: "http://localhost:5173", host: "localhost:5173" }), config)).toBe(true);
  });

  it("refuses other sites, look-alikes and garbage", () => {
    for (const origin of ["https://evil.example", "https://peers.example.org.evil.example", "null", "::"]) {
      expect(originAllowed(request({ origin, host: "peers.example.org" }), config), origin).toBe(false);
    }
  });

  it("trusts X-Forwarded-Host only behind a trusted proxy", () => {
    const forwarded = request({
      origin: "https://app.internal",
      host: "127.0.0.1:3000",
      "x-forwarded-host": "app.internal",
    });
    expect(originAllowed(forwarded, config)).toBe(false);
    expect(originAllowed(forwarded, loadConfig({ PUBLIC_URL: "https://peers.example.org", TRUST_PROXY: "true" }))).toBe(
      true,
    );
  });
});
