import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import type { z } from "zod";
import { ApiError, apiErrorFrom, networkError } from "./api-error.js";
import { readCookie } from "./cookies.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") {
    const token = readCookie(document.cookie, CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One API call: sends cookies, echoes the CSRF cookie on writes, throws ApiError on failure and
 * checks the answer against its contract. A first write from a fresh browser has no CSRF cookie
 * yet; the failed answer sets it, so that case is retried once.
 */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  let response = await send(method, path, body);
  let data = await readJson(response);
  if (!response.ok && method !== "GET") {
    const error = apiErrorFrom(response.status, data);
    if (error.code !== "csrf_failed") throw error;
    response = await send(method, path, body);
    data = await readJson(response);
  }
  if (!response.ok) throw apiErrorFrom(response.status, data);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "bad_response",
      "The server sent an answer this page does not understand. Reload and try again.",
    );
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, query?: Query) => request("GET", withQuery(path, query), schema),
  post: <S extends z.ZodType>(path: string, schema: S, body: unknown = {}) => request("POST", path, schema, body),
  put: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request("PUT", path, schema, body),
  patch: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request("PATCH", path, schema, body),
  delete: <S extends z.ZodType>(path: string, schema: S) => request("DELETE", path, schema),
};

/** Downloads a file the server sends as an attachment, keeping the session cookie. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send("GET", path, undefined);
  if (!response.ok) throw apiErrorFrom(response.status, await readJson(response));
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
