// The one fetch wrapper: base URL, bearer token, Accept-Language, a correlation id, JSON in and out
// (files as Blobs), problem+json errors as ProblemError, cancellation through AbortSignal.
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from "@campus-westum/api/contract";
import { ProblemError } from "./ProblemError";

export interface ApiCallOptions {
  /** The UI language, sent as Accept-Language so problem details come back in it. */
  locale: string;
  /** Supplies the bearer token; omit for the routes that need none (health, local sign-in). */
  getToken?: () => Promise<string>;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
}

const API_BASE_URL = (import.meta.env.VITE_API_BASE_URL ?? "").replace(/\/+$/, "");

export async function apiFetch<T>(path: string, options: ApiCallOptions): Promise<T> {
  const response = await send(path, options, "application/json");
  return (await response.json()) as T;
}

/** A file the API serves (calendar, CSV, XLSX): the bytes and the name it suggests. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export async function apiDownload(path: string, options: ApiCallOptions, fallbackName: string): Promise<DownloadedFile> {
  const response = await send(path, options, "*/*");
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName };
}

async function send(path: string, options: ApiCallOptions, accept: string): Promise<Response> {
  const headers = new Headers({
    Accept: `${accept}, ${PROBLEM_CONTENT_TYPE}`,
    "Accept-Language": options.locale,
  });
  if (options.getToken) headers.set("Authorization", `Bearer ${await options.getToken()}`);
  // One id per call, logged by the API and carried into the queue messages it causes: support can
  // follow a problem (its details name the id) from the tab to the bot. randomUUID needs a secure context.
  const correlationId = globalThis.crypto?.randomUUID?.();
  if (correlationId) headers.set("X-Correlation-Id", correlationId);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");

  const query = options.query?.toString();
  const response = await fetch(`${API_BASE_URL}${path}${query ? `?${query}` : ""}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });

  if (!response.ok) throw new ProblemError(await readProblem(response));
  return response;
}

/** The API's problem details, or a stand-in when something between us and the API answered. */
async function readProblem(response: Response): Promise<ProblemDetails> {
  const contentType = response.headers.get("Content-Type") ?? "";
  if (contentType.includes("json")) {
    try {
      const body = (await response.json()) as Partial<ProblemDetails>;
      return {
        type: body.type ?? "about:blank",
        title: body.title ?? response.statusText,
        status: body.status ?? response.status,
        detail: body.detail ?? "",
        instance: body.instance,
        errors: body.errors,
        correlationId: body.correlationId,
      };
    } catch {
      // Not JSON after all: fall through to the stand-in.
    }
  }
  return { type: "about:blank", title: response.statusText || `HTTP ${response.status}`, status: response.status, detail: "" };
}
