import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { App } from "../src/http/types.js";

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A browser-like client over app.inject(): keeps cookies, and echoes the CSRF cookie in the header
 * on every write as the web app does.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  /** The address requests come from; per-IP rate limits count by it. */
  ip = "127.0.0.1";
  constructor(private readonly app: App) {
    this.cookies.set(CSRF_COOKIE, "test-csrf-token-0123456789abcdef");
  }

  async request<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (!["GET", "HEAD"].includes(method)) headers[CSRF_HEADER] ??= this.cookies.get(CSRF_COOKIE) ?? "";
    const response = await this.app.inject({
      method: method as "GET",
      url,
      headers,
      remoteAddress: this.ip,
      ...(body === undefined ? {} : typeof body === "string" ? { payload: body } : { payload: body as object }),
    });
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() <= Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = response.body;
    let parsed: unknown = text;
    if ((response.headers["content-type"] ?? "").toString().includes("json") && text.length > 0)
      parsed = JSON.parse(text);
    return { status: response.statusCode, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(url: string) {
    return this.request<T>("GET", url);
  }
  post<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("POST", url, body ?? {});
  }
  patch<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("PATCH", url, body ?? {});
  }
  put<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("PUT", url, body ?? {});
  }
  delete<T = unknown>(url: string, body?: unknown) {
    return this.request<T>("DELETE", url, body);
  }
}
