// The one fetch wrapper: base URL, bearer token, Accept-Language, JSON in and out, problem+json
// errors as ProblemError, cancellation through AbortSignal.
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from "@campus-westum/api/contract";
import { ProblemError } from "./ProblemError";

export interface ApiCallOptions {
  /** The UI language, sent as Accept-Language so problem details come back in it. */
  locale: string;
  /** Supplies the bearer token; omit for the routes that need none (health, local sign-in). */
  getToken?: () => Promise<string>;
  method?: "GET" | "POST";
  query?: URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
}

const API_BASE_URL = (import.meta.env.VITE_API_BASE_URL ?? "").replace(/\/+$/, "");

export async function apiFetch<T>(path: string, options: ApiCallOptions): Promise<T> {
  const headers = new Headers({
    Accept: `application/json, ${PROBLEM_CONTENT_TYPE}`,
    "Accept-Language": options.locale,
  });
  if (options.getToken) headers.set("Authorization", `Bearer ${await options.getToken()}`);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");

  const query = options.query?.toString();
  const response = await fetch(`${API_BASE_URL}${path}${query ? `?${query}` : ""}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });

  if (!response.ok) throw new ProblemError(await readProblem(response));
  return (await response.json()) as T;
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
