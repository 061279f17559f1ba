import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { App } from "../src/http/types.js";
import { TestClient, type TestResponse } from "./client.js";

/**
 * TestClient's twin over real HTTP (fetch), for servers running in other processes: keeps cookies
 * and echoes the CSRF cookie on every write as the web app does.
 */
export class FetchClient {
  readonly cookies = new Map<string, string>();
  constructor(public baseUrl: string) {
    this.cookies.set(CSRF_COOKIE, "test-csrf-token-0123456789abcdef");
  }

  async request<T = unknown>(method: string, url: string, body?: unknown): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (!["GET", "HEAD"].includes(method)) headers[CSRF_HEADER] = this.cookies.get(CSRF_COOKIE) ?? "";
    let payload: string | Blob | undefined;
    if (body instanceof Uint8Array) {
      headers["content-type"] = "application/octet-stream";
      payload = new Blob([body]);
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${url}`, { method, headers, body: payload });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = (pair ?? "").indexOf("=");
      const name = (pair ?? "").slice(0, eq).trim();
      const value = (pair ?? "").slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (value === "" || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const type = response.headers.get("content-type") ?? "";
    const parsed: unknown = type.includes("json")
      ? await response.json()
      : type.includes("octet-stream")
        ? new Uint8Array(await response.arrayBuffer())
        : await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    return { status: response.status, body: parsed as T, headers: responseHeaders };
  }

  get<T = unknown>(url: string) {
    return this.request<T>("GET", url);
  }
  post<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("POST", url, body ?? {});
  }
  put<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("PUT", url, body ?? {});
  }
  delete<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("DELETE", url, body);
  }
}

/**
 * Signs a member in through an app (inject; `ip` keeps members apart in the per-address sign-in
 * limit) or a running server's base URL, the way the web app does (cookies plus the CSRF echo).
 */
export async function signIn(
  target: { app: App; ip?: string } | { baseUrl: string },
  credentials: { email: string; password: string },
): Promise<TestClient | FetchClient> {
  const http = "app" in target ? new TestClient(target.app) : new FetchClient(target.baseUrl);
  if ("app" in target && target.ip && http instanceof TestClient) http.ip = target.ip;
  const res = await http.post("/api/auth/sign-in", credentials);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return http;
}

/** A failed call, with what the server said. */
export class E2eeClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${message}: ${status} ${JSON.stringify(body)}`);
  }
}

export const ok = <T>(res: TestResponse<T>, what: string, expected = [200, 201]): T => {
  if (!expected.includes(res.status)) throw new E2eeClientError(what, res.status, res.body);
  return res.body;
};
